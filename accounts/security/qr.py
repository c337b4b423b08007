from base64 import b32encode

import qrcode
import qrcode.image.svg
from django.utils.safestring import SafeString, mark_safe


def qr_svg(text: str) -> SafeString:
    """A QR code as inline SVG markup, made on the server: no script, no style attribute and no
    image request, so it works under a strict Content-Security-Policy. The markup is only
    qrcode's rectangle and path (no user text), so it is safe to put in the page."""
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=12)
    return mark_safe(image.to_string(encoding="unicode"))  # noqa: S308


def secret_for_typing(key: bytes) -> str:
    """The secret in base32, in groups of four, for apps where it is typed in."""
    text = b32encode(key).decode()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))
