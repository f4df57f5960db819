"""Travel documents: ICAO 9303 MRZ parsing, MRZ OCR from images, camera capture."""
