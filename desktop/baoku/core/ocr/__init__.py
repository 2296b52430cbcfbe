"""Scanned pages: OCR (rapidocr, its models inside the wheel: nothing is downloaded) and the
layout of what it read, into the page text the page-text splitter takes."""
