# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget)

class Ui_KeyBackDialog(object):
    def setupUi(self, KeyBackDialog):
        if not KeyBackDialog.objectName():
            KeyBackDialog.setObjectName(u"KeyBackDialog")
        KeyBackDialog.resize(560, 400)
        self.layout = QVBoxLayout(KeyBackDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(KeyBackDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.receiptLabel = QLabel(KeyBackDialog)
        self.receiptLabel.setObjectName(u"receiptLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receiptLabel)

        self.receipt = QLineEdit(KeyBackDialog)
        self.receipt.setObjectName(u"receipt")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receipt)

        self.personLabel = QLabel(KeyBackDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = QComboBox(KeyBackDialog)
        self.person.setObjectName(u"person")
        self.person.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.person)

        self.piecesLabel = QLabel(KeyBackDialog)
        self.piecesLabel.setObjectName(u"piecesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.piecesLabel)

        self.pieces = QSpinBox(KeyBackDialog)
        self.pieces.setObjectName(u"pieces")
        self.pieces.setMinimum(0)
        self.pieces.setMaximum(99)
        self.pieces.setValue(1)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pieces)

        self.noteLabel = QLabel(KeyBackDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(KeyBackDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note)

        self.signatureLabel = QLabel(KeyBackDialog)
        self.signatureLabel.setObjectName(u"signatureLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.signatureLabel)

        self.signature = QWidget(KeyBackDialog)
        self.signature.setObjectName(u"signature")
        self.signature.setMinimumSize(QSize(360, 110))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.signature)

        self.unsignedLabel = QLabel(KeyBackDialog)
        self.unsignedLabel.setObjectName(u"unsignedLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.unsignedLabel)

        self.unsigned = QLineEdit(KeyBackDialog)
        self.unsigned.setObjectName(u"unsigned")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unsigned)


        self.layout.addLayout(self.form)

        self.hint = QLabel(KeyBackDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color:#666")

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(KeyBackDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.receiptLabel.setBuddy(self.receipt)
        self.personLabel.setBuddy(self.person)
        self.piecesLabel.setBuddy(self.pieces)
        self.noteLabel.setBuddy(self.note)
        self.unsignedLabel.setBuddy(self.unsigned)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KeyBackDialog)
    # setupUi

    def retranslateUi(self, KeyBackDialog):
        KeyBackDialog.setWindowTitle(QCoreApplication.translate("KeyBackDialog", u"Keys back", None))
        self.receiptLabel.setText(QCoreApplication.translate("KeyBackDialog", u"Key &receipt No. *", None))
        self.personLabel.setText(QCoreApplication.translate("KeyBackDialog", u"Collected &by *", None))
        self.piecesLabel.setText(QCoreApplication.translate("KeyBackDialog", u"Keys &counted *", None))
        self.noteLabel.setText(QCoreApplication.translate("KeyBackDialog", u"&Missing, or why", None))
        self.signatureLabel.setText(QCoreApplication.translate("KeyBackDialog", u"Signature", None))
        self.unsignedLabel.setText(QCoreApplication.translate("KeyBackDialog", u"Not signed, because (&Y)", None))
    # retranslateUi

