"""DG2, the encoded face (9303-10 §4.7.2): the CBEFF biometric template holding an
ISO/IEC 19794-5 facial record (DO'5F2E') or an ISO/IEC 39794-5 face image data block
(DO'7F2E'). Returns the image exactly as stored; Pillow decodes JPEG and JPEG 2000 for
its size. Malformed input raises `FaceError`, nothing else."""

from __future__ import annotations

import io
from dataclasses import dataclass

from desktop.chip import tlv
from desktop.chip.errors import ParseError


class FaceError(ParseError):
    pass


@dataclass(frozen=True)
class FaceImage:
    image: bytes
    mime: str  # image/jpeg | image/jp2 | image/png
    container: str  # "ISO/IEC 19794-5" | "ISO/IEC 39794-5"
    width: int | None
    height: int | None

    def to_json(self) -> dict:
        return {
            "container": self.container,
            "mime": self.mime,
            "width": self.width,
            "height": self.height,
            "bytes": len(self.image),
        }


def sniff(image: bytes) -> str:
    if image.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if image.startswith(b"\x00\x00\x00\x0cjP  \r\n\x87\n") or image.startswith(b"\xff\x4f\xff\x51"):
        return "image/jp2"
    if image.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    raise FaceError("the face image is neither JPEG, JPEG 2000 nor PNG")


def parse_dg2(raw: bytes) -> list[FaceImage]:
    try:
        return _parse_dg2(raw)
    except tlv.TLVError as e:
        raise FaceError(f"DG2: {e}") from None


def _parse_dg2(raw: bytes) -> list[FaceImage]:
    outer = tlv.decode_one(raw)
    if outer.tag != 0x75:
        raise FaceError(f"DG2 starts with tag {outer.tag:X}, 75 expected")
    group = outer.require(0x7F61)
    faces: list[FaceImage] = []
    for instance in group.children():
        if instance.tag == 0x02:
            continue
        if instance.tag != 0x7F60:
            raise FaceError(f"DG2 has an unexpected element {instance.tag:X}")
        for element in instance.children():
            if element.tag == 0x5F2E:
                faces.extend(parse_19794_5(element.value))
            elif element.tag == 0x7F2E:
                faces.extend(parse_39794_5(element.value))
    if not faces:
        raise FaceError("DG2 holds no face image")
    return faces


def _u(data: bytes, pos: int, n: int) -> int:
    if pos + n > len(data):
        raise FaceError("facial record ends early")
    return int.from_bytes(data[pos : pos + n], "big")


def parse_19794_5(record: bytes) -> list[FaceImage]:
    """ISO/IEC 19794-5:2005 facial record: header, then per image a facial information
    block, feature points, image information and the image."""
    if record[:4] != b"FAC\x00":
        raise FaceError("facial record does not start with 'FAC'")
    count = _u(record, 12, 2)
    if count < 1:
        raise FaceError("facial record holds no image")
    pos = 14
    faces = []
    for _ in range(count):
        block_len = _u(record, pos, 4)
        if block_len < 32 or pos + block_len > len(record):
            raise FaceError("facial record block length is wrong")
        points = _u(record, pos + 4, 2)
        info = pos + 20 + 8 * points
        width, height = _u(record, info + 2, 2), _u(record, info + 4, 2)
        start = info + 12
        end = pos + block_len
        if start >= end:
            raise FaceError("facial record block has no image")
        image = record[start:end]
        faces.append(FaceImage(image, sniff(image), "ISO/IEC 19794-5", width, height))
        pos = end
    return faces


def _small_int(element: tlv.TLV) -> int:
    if not 1 <= len(element.value) <= 4:
        raise FaceError("face data block integer of bad size")
    return int.from_bytes(element.value, "big")


def parse_39794_5(block: bytes) -> list[FaceImage]:
    """ISO/IEC 39794-5 FaceImageDataBlock (in an A1 wrapper, [APPLICATION 5], or its
    fields directly):
    representationBlocks [1] -> each imageRepresentation [1] -> base [0] ->
    imageRepresentation2DBlock [0] -> representationData2D [0] (the image) and
    imageInformation2DBlock [1] -> imageSizeBlock [7] (width [0], height [1])."""
    elements = tlv.decode_all(block)
    # Unwrap to the block's fields: the ICAO WG3 samples store A1{65{A0 version, A1 blocks}}
    # (a CHOICE around the [APPLICATION 5] block); others 65{...} or the fields directly.
    for _ in range(4):
        if len(elements) != 1 or not elements[0].constructed or elements[0].tag not in (0x65, 0xA1):
            break
        kids = elements[0].children()
        if elements[0].tag == 0xA1 and any(k.tag == 0x30 for k in kids):
            break  # already the representation blocks
        elements = kids
    blocks = next((e for e in elements if e.tag == 0xA1), None)
    if blocks is None:
        raise FaceError("face image data block has no representation blocks")
    faces = []
    for representation in blocks.children():
        image_rep = representation.find(0xA1) if representation.constructed else None
        base = image_rep.find(0xA0) if image_rep and image_rep.constructed else None
        two_d = base.find(0xA0) if base and base.constructed else None
        data = two_d.find(0x80) if two_d and two_d.constructed else None
        if data is None:
            continue
        width = height = None
        info = two_d.find(0xA1)
        size = info.find(0xA7) if info and info.constructed else None
        if size is not None and size.constructed:
            w, h = size.find(0x80), size.find(0x81)
            width = _small_int(w) if w else None
            height = _small_int(h) if h else None
        faces.append(FaceImage(data.value, sniff(data.value), "ISO/IEC 39794-5", width, height))
    if not faces:
        raise FaceError("face image data block holds no 2D image")
    return faces


def decoded_size(face: FaceImage) -> tuple[int, int]:
    """Decode with Pillow (JPEG, JPEG 2000): proves the image is usable; (width, height)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(face.image)) as img:
            img.load()
            return img.size
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as e:
        raise FaceError(f"the face image does not decode: {e}") from None


def parse_dg7(raw: bytes) -> list[FaceImage]:
    """DG7, the displayed signature or usual mark (9303-10 §4.7.7): 67 { 02 count,
    5F43 image ... }. The images as stored (JPEG, JPEG 2000)."""
    try:
        outer = tlv.decode_one(raw)
        if outer.tag != 0x67:
            raise FaceError(f"DG7 starts with tag {outer.tag:X}, 67 expected")
        images = [c.value for c in outer.children() if c.tag == 0x5F43]
    except tlv.TLVError as e:
        raise FaceError(f"DG7: {e}") from None
    if not images:
        raise FaceError("DG7 holds no signature image")
    return [FaceImage(i, sniff(i), "DG7 displayed signature", None, None) for i in images]
