"""The symmetric primitives of ICAO 9303-11 secure messaging, on `cryptography`:
3DES (BAC, §9.8.6.1) with the ISO 9797-1 algorithm 3 "retail" MAC, and AES (PACE,
§9.8.6.2) with CMAC. Each suite also derives its keys (§9.7.1)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.cmac import CMAC

ENC_COUNTER = 1
MAC_COUNTER = 2
PACE_COUNTER = 3


def pad(data: bytes, block: int) -> bytes:
    """ISO/IEC 9797-1 padding method 2: 0x80 then zeros to a block boundary."""
    data = data + b"\x80"
    return data + bytes(-len(data) % block)


def unpad(data: bytes) -> bytes:
    stripped = data.rstrip(b"\x00")
    if not stripped or stripped[-1] != 0x80:
        raise ValueError("bad ISO 9797-1 padding")
    return stripped[:-1]


def adjust_parity(key: bytes) -> bytes:
    """DES keys carry odd parity in the low bit of each byte (the Appendix D values do)."""
    out = bytearray()
    for b in key:
        high = b & 0xFE
        out.append(high | (bin(high).count("1") + 1) % 2)
    return bytes(out)


def _des3_key(key: bytes) -> bytes:
    if len(key) == 16:  # K1K2 -> K1K2K1 (cryptography 50 deprecates 16-byte keys)
        return key + key[:8]
    if len(key) == 8:
        return key * 3
    return key


def des3_encrypt(key: bytes, data: bytes, iv: bytes = bytes(8)) -> bytes:
    enc = Cipher(TripleDES(_des3_key(key)), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def des3_decrypt(key: bytes, data: bytes, iv: bytes = bytes(8)) -> bytes:
    dec = Cipher(TripleDES(_des3_key(key)), modes.CBC(iv)).decryptor()
    return dec.update(data) + dec.finalize()


def retail_mac(key: bytes, data: bytes) -> bytes:
    """ISO/IEC 9797-1 MAC algorithm 3 with DES, over data already padded."""
    ka, kb = key[:8], key[8:16]
    chained = des3_encrypt(ka, data)[-8:]  # single DES = 3DES with K1=K2=K3
    step = Cipher(TripleDES(kb * 3), modes.ECB()).decryptor()
    mid = step.update(chained) + step.finalize()
    last = Cipher(TripleDES(ka * 3), modes.ECB()).encryptor()
    return last.update(mid) + last.finalize()


def aes_encrypt(key: bytes, data: bytes, iv: bytes = bytes(16)) -> bytes:
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def aes_decrypt(key: bytes, data: bytes, iv: bytes = bytes(16)) -> bytes:
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(data) + dec.finalize()


def aes_ecb(key: bytes, block: bytes) -> bytes:
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(block) + enc.finalize()


def aes_cmac(key: bytes, data: bytes) -> bytes:
    c = CMAC(algorithms.AES(key))
    c.update(data)
    return c.finalize()


def kdf(shared: bytes, counter: int, *, cipher: str = "3des", key_bits: int = 112) -> bytes:
    """9303-11 §9.7.1: KDF(K, c) = H(K || c) truncated to the key length."""
    c = counter.to_bytes(4, "big")
    if cipher == "3des":
        return adjust_parity(hashlib.sha1(shared + c).digest()[:16])
    if key_bits == 128:
        return hashlib.sha1(shared + c).digest()[:16]
    digest = hashlib.sha256(shared + c).digest()
    return digest[: key_bits // 8]


@dataclass(frozen=True)
class SessionKeys:
    """A secure-messaging suite: 3DES (BAC) or AES (PACE) with its two keys."""

    cipher: str  # "3des" | "aes"
    k_enc: bytes
    k_mac: bytes

    @property
    def block(self) -> int:
        return 8 if self.cipher == "3des" else 16

    def encrypt(self, ssc: bytes, data: bytes) -> bytes:
        if self.cipher == "3des":
            return des3_encrypt(self.k_enc, data)
        return aes_encrypt(self.k_enc, data, aes_ecb(self.k_enc, ssc))

    def decrypt(self, ssc: bytes, data: bytes) -> bytes:
        if self.cipher == "3des":
            return des3_decrypt(self.k_enc, data)
        return aes_decrypt(self.k_enc, data, aes_ecb(self.k_enc, ssc))

    def mac(self, data: bytes) -> bytes:
        """MAC over data already padded (the SSC prefixed by the caller)."""
        if self.cipher == "3des":
            return retail_mac(self.k_mac, data)
        return aes_cmac(self.k_mac, data)[:8]
