"""Back and Next of every QWizard, with arrows that point the way the pages go in the layout's direction.

Qt's own catalogues write "< &Back" / "&Next >" in every language, so a right-to-left wizard (whose Back sits
on the right and Next on the left) points both of them the English way. Karavan names the buttons in its own
words and adds the arrow by direction: "< Back" / "Next >" left to right, as Qt does; right to left the
triangles ▶ / ◀, which no bidirectional text mirrors, on the buttons' outer sides ("Back ▶" on the right,
"◀ Next" on the left), as a right-to-left reader turns pages.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard

# Right-to-left marks: the button's text is laid out right to left whatever its first letter (a Latin
# accelerator, a digit) would make of it.
_RLE, _PDF = "\u202b", "\u202c"


def tr(text: str) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QCoreApplication.translate("", text)


def back_next_texts(right_to_left: bool) -> tuple[str, str]:
    """The Back and Next buttons' texts for a wizard laid out in that direction."""
    back, forward = tr("&Back"), tr("&Next")
    if right_to_left:
        return f"{_RLE}\u25b6 {back}{_PDF}", f"{_RLE}{forward} \u25c0{_PDF}"
    return f"< {back}", f"{forward} >"


def name_back_and_next(wizard: QWizard) -> None:
    """Set `wizard`'s Back and Next texts for its layout direction (call once its parent, and so its
    direction, is known — in its __init__ after super().__init__)."""
    back, forward = back_next_texts(wizard.isRightToLeft())
    wizard.setButtonText(QWizard.WizardButton.BackButton, back)
    wizard.setButtonText(QWizard.WizardButton.NextButton, forward)
