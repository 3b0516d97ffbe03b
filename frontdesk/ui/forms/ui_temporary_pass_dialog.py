# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget)

class Ui_TemporaryPassDialog(object):
    def setupUi(self, TemporaryPassDialog):
        if not TemporaryPassDialog.objectName():
            TemporaryPassDialog.setObjectName(u"TemporaryPassDialog")
        TemporaryPassDialog.resize(520, 300)
        self.layout = QVBoxLayout(TemporaryPassDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(TemporaryPassDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(TemporaryPassDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(TemporaryPassDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.idNumberLabel = QLabel(TemporaryPassDialog)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumber = QLineEdit(TemporaryPassDialog)
        self.idNumber.setObjectName(u"idNumber")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idNumber)

        self.phoneLabel = QLabel(TemporaryPassDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(TemporaryPassDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone)

        self.reasonLabel = QLabel(TemporaryPassDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QLineEdit(TemporaryPassDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason)

        self.roomLabel = QLabel(TemporaryPassDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.room = QWidget(TemporaryPassDialog)
        self.room.setObjectName(u"room")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.room)

        self.daysLabel = QLabel(TemporaryPassDialog)
        self.daysLabel.setObjectName(u"daysLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.days = QSpinBox(TemporaryPassDialog)
        self.days.setObjectName(u"days")
        self.days.setMinimum(1)
        self.days.setMaximum(200)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.days)


        self.layout.addLayout(self.form)

        self.hint = QLabel(TemporaryPassDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color:#666")

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(TemporaryPassDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.idNumberLabel.setBuddy(self.idNumber)
        self.phoneLabel.setBuddy(self.phone)
        self.reasonLabel.setBuddy(self.reason)
        self.daysLabel.setBuddy(self.days)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TemporaryPassDialog)
    # setupUi

    def retranslateUi(self, TemporaryPassDialog):
        TemporaryPassDialog.setWindowTitle(QCoreApplication.translate("TemporaryPassDialog", u"Temporary pass", None))
        self.nameLabel.setText(QCoreApplication.translate("TemporaryPassDialog", u"&Name *", None))
        self.idNumberLabel.setText(QCoreApplication.translate("TemporaryPassDialog", u"&ID number *", None))
        self.phoneLabel.setText(QCoreApplication.translate("TemporaryPassDialog", u"&Phone", None))
        self.reasonLabel.setText(QCoreApplication.translate("TemporaryPassDialog", u"Rea&son *", None))
        self.roomLabel.setText(QCoreApplication.translate("TemporaryPassDialog", u"&Room visited", None))
        self.daysLabel.setText(QCoreApplication.translate("TemporaryPassDialog", u"&Days valid", None))
    # retranslateUi

