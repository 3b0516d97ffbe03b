# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

class Ui_ReleaseDialog(object):
    def setupUi(self, ReleaseDialog):
        if not ReleaseDialog.objectName():
            ReleaseDialog.setObjectName(u"ReleaseDialog")
        ReleaseDialog.resize(520, 300)
        self.layout = QVBoxLayout(ReleaseDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(ReleaseDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.roomLabel = QLabel(ReleaseDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.room = QWidget(ReleaseDialog)
        self.room.setObjectName(u"room")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.room)

        self.bearerLabel = QLabel(ReleaseDialog)
        self.bearerLabel.setObjectName(u"bearerLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bearerLabel)

        self.bearer = QLineEdit(ReleaseDialog)
        self.bearer.setObjectName(u"bearer")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bearer)

        self.idNumberLabel = QLabel(ReleaseDialog)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumber = QLineEdit(ReleaseDialog)
        self.idNumber.setObjectName(u"idNumber")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idNumber)

        self.phoneLabel = QLabel(ReleaseDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(ReleaseDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone)

        self.reasonLabel = QLabel(ReleaseDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QComboBox(ReleaseDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reason)

        self.itemsLabel = QLabel(ReleaseDialog)
        self.itemsLabel.setObjectName(u"itemsLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.itemsLabel)

        self.items = QPlainTextEdit(ReleaseDialog)
        self.items.setObjectName(u"items")
        self.items.setTabChangesFocus(True)
        self.items.setMaximumHeight(90)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.items)

        self.plateLabel = QLabel(ReleaseDialog)
        self.plateLabel.setObjectName(u"plateLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.plateLabel)

        self.plate = QLineEdit(ReleaseDialog)
        self.plate.setObjectName(u"plate")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.plate)

        self.plannedLabel = QLabel(ReleaseDialog)
        self.plannedLabel.setObjectName(u"plannedLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.plannedLabel)

        self.planned = QDateTimeEdit(ReleaseDialog)
        self.planned.setObjectName(u"planned")
        self.planned.setCalendarPopup(True)
        self.planned.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.planned)

        self.tenant = QCheckBox(ReleaseDialog)
        self.tenant.setObjectName(u"tenant")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.tenant)

        self.confirmedByLabel = QLabel(ReleaseDialog)
        self.confirmedByLabel.setObjectName(u"confirmedByLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.confirmedByLabel)

        self.confirmedBy = QLineEdit(ReleaseDialog)
        self.confirmedBy.setObjectName(u"confirmedBy")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.confirmedBy)

        self.confirmedHowLabel = QLabel(ReleaseDialog)
        self.confirmedHowLabel.setObjectName(u"confirmedHowLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.confirmedHowLabel)

        self.confirmedHow = QComboBox(ReleaseDialog)
        self.confirmedHow.setObjectName(u"confirmedHow")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.confirmedHow)

        self.arrearsReasonLabel = QLabel(ReleaseDialog)
        self.arrearsReasonLabel.setObjectName(u"arrearsReasonLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.arrearsReasonLabel)

        self.arrearsReason = QLineEdit(ReleaseDialog)
        self.arrearsReason.setObjectName(u"arrearsReason")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.arrearsReason)


        self.layout.addLayout(self.form)

        self.hint = QLabel(ReleaseDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color:#666")

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(ReleaseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.bearerLabel.setBuddy(self.bearer)
        self.idNumberLabel.setBuddy(self.idNumber)
        self.phoneLabel.setBuddy(self.phone)
        self.reasonLabel.setBuddy(self.reason)
        self.itemsLabel.setBuddy(self.items)
        self.plateLabel.setBuddy(self.plate)
        self.plannedLabel.setBuddy(self.planned)
        self.confirmedByLabel.setBuddy(self.confirmedBy)
        self.confirmedHowLabel.setBuddy(self.confirmedHow)
        self.arrearsReasonLabel.setBuddy(self.arrearsReason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReleaseDialog)
    # setupUi

    def retranslateUi(self, ReleaseDialog):
        ReleaseDialog.setWindowTitle(QCoreApplication.translate("ReleaseDialog", u"Goods release slip", None))
        self.roomLabel.setText(QCoreApplication.translate("ReleaseDialog", u"&Room *", None))
        self.bearerLabel.setText(QCoreApplication.translate("ReleaseDialog", u"&Bearer *", None))
        self.idNumberLabel.setText(QCoreApplication.translate("ReleaseDialog", u"&ID number *", None))
        self.phoneLabel.setText(QCoreApplication.translate("ReleaseDialog", u"&Phone", None))
        self.reasonLabel.setText(QCoreApplication.translate("ReleaseDialog", u"Rea&son *", None))
        self.itemsLabel.setText(QCoreApplication.translate("ReleaseDialog", u"&Goods (a line each: name quantity) *", None))
        self.plateLabel.setText(QCoreApplication.translate("ReleaseDialog", u"&Vehicle plate", None))
        self.plannedLabel.setText(QCoreApplication.translate("ReleaseDialog", u"Planned &time", None))
        self.tenant.setText(QCoreApplication.translate("ReleaseDialog", u"The bearer is a tenant: the owner must confirm (&N)", None))
        self.confirmedByLabel.setText(QCoreApplication.translate("ReleaseDialog", u"&Confirmed by *", None))
        self.confirmedHowLabel.setText(QCoreApplication.translate("ReleaseDialog", u"Confirmed &how *", None))
        self.arrearsReasonLabel.setText(QCoreApplication.translate("ReleaseDialog", u"Released despite fees owed, because (&E)", None))
    # retranslateUi

