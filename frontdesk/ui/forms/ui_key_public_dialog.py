# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout)

class Ui_KeyPublicDialog(object):
    def setupUi(self, KeyPublicDialog):
        if not KeyPublicDialog.objectName():
            KeyPublicDialog.setObjectName(u"KeyPublicDialog")
        KeyPublicDialog.resize(560, 240)
        self.layout = QVBoxLayout(KeyPublicDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(KeyPublicDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.placeLabel = QLabel(KeyPublicDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QComboBox(KeyPublicDialog)
        self.place.setObjectName(u"place")
        self.place.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.place)

        self.hookLabel = QLabel(KeyPublicDialog)
        self.hookLabel.setObjectName(u"hookLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hookLabel)

        self.hook = QComboBox(KeyPublicDialog)
        self.hook.setObjectName(u"hook")
        self.hook.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hook)

        self.piecesLabel = QLabel(KeyPublicDialog)
        self.piecesLabel.setObjectName(u"piecesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.piecesLabel)

        self.pieces = QSpinBox(KeyPublicDialog)
        self.pieces.setObjectName(u"pieces")
        self.pieces.setMinimum(0)
        self.pieces.setMaximum(99)
        self.pieces.setValue(1)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pieces)

        self.notesLabel = QLabel(KeyPublicDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QLineEdit(KeyPublicDialog)
        self.notes.setObjectName(u"notes")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notes)


        self.layout.addLayout(self.form)

        self.hint = QLabel(KeyPublicDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color:#666")

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(KeyPublicDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.placeLabel.setBuddy(self.place)
        self.hookLabel.setBuddy(self.hook)
        self.piecesLabel.setBuddy(self.pieces)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KeyPublicDialog)
    # setupUi

    def retranslateUi(self, KeyPublicDialog):
        KeyPublicDialog.setWindowTitle(QCoreApplication.translate("KeyPublicDialog", u"Register a public key", None))
        self.placeLabel.setText(QCoreApplication.translate("KeyPublicDialog", u"&Opens *", None))
        self.hookLabel.setText(QCoreApplication.translate("KeyPublicDialog", u"Hoo&k *", None))
        self.piecesLabel.setText(QCoreApplication.translate("KeyPublicDialog", u"&Number of keys *", None))
        self.notesLabel.setText(QCoreApplication.translate("KeyPublicDialog", u"N&otes", None))
    # retranslateUi

