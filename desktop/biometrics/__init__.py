"""1:1 face verification (Qt-free): the traveller's live face against the chip's DG2 face.

dlib's HOG detector, its 5-point landmark model for alignment and its ResNet encoder,
called directly (never the `face_recognition` wrapper, never the 68-point model, never
the CNN detector). `models.load()` once, off the GUI thread; then `faces.analyse()`
per image and `verify.decide()` per pair. DESIGN.md "Face verification" says why.
"""
