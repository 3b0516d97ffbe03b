# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget)

class Ui_KeyKeepDialog(object):
    def setupUi(self, KeyKeepDialog):
        if not KeyKeepDialog.objectName():
            KeyKeepDialog.setObjectName(u"KeyKeepDialog")
        KeyKeepDialog.resize(560, 400)
        self.layout = QVBoxLayout(KeyKeepDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(KeyKeepDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.roomLabel = QLabel(KeyKeepDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.room = QWidget(KeyKeepDialog)
        self.room.setObjectName(u"room")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.room)

        self.ownerLabel = QLabel(KeyKeepDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.owner = QComboBox(KeyKeepDialog)
        self.owner.setObjectName(u"owner")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.owner)

        self.kindLabel = QLabel(KeyKeepDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(KeyKeepDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.piecesLabel = QLabel(KeyKeepDialog)
        self.piecesLabel.setObjectName(u"piecesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.piecesLabel)

        self.pieces = QSpinBox(KeyKeepDialog)
        self.pieces.setObjectName(u"pieces")
        self.pieces.setMinimum(0)
        self.pieces.setMaximum(99)
        self.pieces.setValue(1)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pieces)

        self.hookLabel = QLabel(KeyKeepDialog)
        self.hookLabel.setObjectName(u"hookLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hookLabel)

        self.hook = QComboBox(KeyKeepDialog)
        self.hook.setObjectName(u"hook")
        self.hook.setEditable(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hook)

        self.contractorLabel = QLabel(KeyKeepDialog)
        self.contractorLabel.setObjectName(u"contractorLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contractorLabel)

        self.contractor = QLineEdit(KeyKeepDialog)
        self.contractor.setObjectName(u"contractor")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contractor)

        self.emergencyLabel = QLabel(KeyKeepDialog)
        self.emergencyLabel.setObjectName(u"emergencyLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emergencyLabel)

        self.emergency = QCheckBox(KeyKeepDialog)
        self.emergency.setObjectName(u"emergency")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emergency)

        self.notesLabel = QLabel(KeyKeepDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QLineEdit(KeyKeepDialog)
        self.notes.setObjectName(u"notes")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notes)

        self.signatureLabel = QLabel(KeyKeepDialog)
        self.signatureLabel.setObjectName(u"signatureLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.signatureLabel)

        self.signature = QWidget(KeyKeepDialog)
        self.signature.setObjectName(u"signature")
        self.signature.setMinimumSize(QSize(360, 110))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.signature)

        self.unsignedLabel = QLabel(KeyKeepDialog)
        self.unsignedLabel.setObjectName(u"unsignedLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.unsignedLabel)

        self.unsigned = QLineEdit(KeyKeepDialog)
        self.unsigned.setObjectName(u"unsigned")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.unsigned)


        self.layout.addLayout(self.form)

        self.hint = QLabel(KeyKeepDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color:#666")

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(KeyKeepDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.ownerLabel.setBuddy(self.owner)
        self.kindLabel.setBuddy(self.kind)
        self.piecesLabel.setBuddy(self.pieces)
        self.hookLabel.setBuddy(self.hook)
        self.contractorLabel.setBuddy(self.contractor)
        self.emergencyLabel.setBuddy(self.emergency)
        self.notesLabel.setBuddy(self.notes)
        self.unsignedLabel.setBuddy(self.unsigned)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KeyKeepDialog)
    # setupUi

    def retranslateUi(self, KeyKeepDialog):
        KeyKeepDialog.setWindowTitle(QCoreApplication.translate("KeyKeepDialog", u"Keep an owner's keys", None))
        self.roomLabel.setText(QCoreApplication.translate("KeyKeepDialog", u"&Room *", None))
        self.ownerLabel.setText(QCoreApplication.translate("KeyKeepDialog", u"&Owner *", None))
        self.kindLabel.setText(QCoreApplication.translate("KeyKeepDialog", u"&Kind", None))
        self.piecesLabel.setText(QCoreApplication.translate("KeyKeepDialog", u"&Number of keys *", None))
        self.hookLabel.setText(QCoreApplication.translate("KeyKeepDialog", u"Hoo&k *", None))
        self.contractorLabel.setText(QCoreApplication.translate("KeyKeepDialog", u"May also be &collected by (contractor)", None))
        self.emergencyLabel.setText("")
        self.emergency.setText(QCoreApplication.translate("KeyKeepDialog", u"&Emergency entry allowed", None))
        self.notesLabel.setText(QCoreApplication.translate("KeyKeepDialog", u"&Notes", None))
        self.signatureLabel.setText(QCoreApplication.translate("KeyKeepDialog", u"Owner's signature", None))
        self.unsignedLabel.setText(QCoreApplication.translate("KeyKeepDialog", u"Not signed, because (&Y)", None))
    # retranslateUi

