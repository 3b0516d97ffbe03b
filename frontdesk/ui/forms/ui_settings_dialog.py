# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpinBox, QVBoxLayout)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 640)
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.propertyBox = QGroupBox(SettingsDialog)
        self.propertyBox.setObjectName(u"propertyBox")
        self.propertyForm = QFormLayout(self.propertyBox)
        self.propertyForm.setObjectName(u"propertyForm")
        self.propertyNameLabel = QLabel(self.propertyBox)
        self.propertyNameLabel.setObjectName(u"propertyNameLabel")

        self.propertyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.propertyNameLabel)

        self.propertyName = QLineEdit(self.propertyBox)
        self.propertyName.setObjectName(u"propertyName")

        self.propertyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.propertyName)

        self.companyNameLabel = QLabel(self.propertyBox)
        self.companyNameLabel.setObjectName(u"companyNameLabel")

        self.propertyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.companyNameLabel)

        self.companyName = QLineEdit(self.propertyBox)
        self.companyName.setObjectName(u"companyName")

        self.propertyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.companyName)

        self.addressLabel = QLabel(self.propertyBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.propertyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(self.propertyBox)
        self.address.setObjectName(u"address")

        self.propertyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address)

        self.hotlineLabel = QLabel(self.propertyBox)
        self.hotlineLabel.setObjectName(u"hotlineLabel")

        self.propertyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hotlineLabel)

        self.hotline = QLineEdit(self.propertyBox)
        self.hotline.setObjectName(u"hotline")

        self.propertyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hotline)

        self.paymentCodeLabel = QLabel(self.propertyBox)
        self.paymentCodeLabel.setObjectName(u"paymentCodeLabel")

        self.propertyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.paymentCodeLabel)

        self.paymentCodeRow = QHBoxLayout()
        self.paymentCodeRow.setObjectName(u"paymentCodeRow")
        self.paymentCodePreview = QLabel(self.propertyBox)
        self.paymentCodePreview.setObjectName(u"paymentCodePreview")
        self.paymentCodePreview.setMinimumSize(QSize(72, 72))
        self.paymentCodePreview.setMaximumSize(QSize(72, 72))
        self.paymentCodePreview.setFrameShape(QFrame.Shape.StyledPanel)
        self.paymentCodePreview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.paymentCodeRow.addWidget(self.paymentCodePreview)

        self.paymentCodeText = QLabel(self.propertyBox)
        self.paymentCodeText.setObjectName(u"paymentCodeText")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.paymentCodeText.sizePolicy().hasHeightForWidth())
        self.paymentCodeText.setSizePolicy(sizePolicy)
        self.paymentCodeText.setWordWrap(True)
        self.paymentCodeText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.paymentCodeRow.addWidget(self.paymentCodeText)

        self.loadPaymentCode = QPushButton(self.propertyBox)
        self.loadPaymentCode.setObjectName(u"loadPaymentCode")
        self.loadPaymentCode.setAutoDefault(False)

        self.paymentCodeRow.addWidget(self.loadPaymentCode)

        self.removePaymentCode = QPushButton(self.propertyBox)
        self.removePaymentCode.setObjectName(u"removePaymentCode")
        self.removePaymentCode.setAutoDefault(False)

        self.paymentCodeRow.addWidget(self.removePaymentCode)


        self.propertyForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.paymentCodeRow)


        self.layout.addWidget(self.propertyBox)

        self.deskBox = QGroupBox(SettingsDialog)
        self.deskBox.setObjectName(u"deskBox")
        self.deskForm = QFormLayout(self.deskBox)
        self.deskForm.setObjectName(u"deskForm")
        self.idleLabel = QLabel(self.deskBox)
        self.idleLabel.setObjectName(u"idleLabel")

        self.deskForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleMinutes = QSpinBox(self.deskBox)
        self.idleMinutes.setObjectName(u"idleMinutes")
        self.idleMinutes.setMinimum(1)
        self.idleMinutes.setMaximum(240)

        self.deskForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleMinutes)

        self.keepLabel = QLabel(self.deskBox)
        self.keepLabel.setObjectName(u"keepLabel")

        self.deskForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keepLabel)

        self.backupKeep = QSpinBox(self.deskBox)
        self.backupKeep.setObjectName(u"backupKeep")
        self.backupKeep.setMinimum(1)
        self.backupKeep.setMaximum(365)

        self.deskForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.backupKeep)

        self.waterLimitLabel = QLabel(self.deskBox)
        self.waterLimitLabel.setObjectName(u"waterLimitLabel")

        self.deskForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.waterLimitLabel)

        self.waterLimit = QLineEdit(self.deskBox)
        self.waterLimit.setObjectName(u"waterLimit")

        self.deskForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.waterLimit)

        self.powerLimitLabel = QLabel(self.deskBox)
        self.powerLimitLabel.setObjectName(u"powerLimitLabel")

        self.deskForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.powerLimitLabel)

        self.powerLimit = QLineEdit(self.deskBox)
        self.powerLimit.setObjectName(u"powerLimit")

        self.deskForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.powerLimit)

        self.officeEndLabel = QLabel(self.deskBox)
        self.officeEndLabel.setObjectName(u"officeEndLabel")

        self.deskForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.officeEndLabel)

        self.officeEnd = QLineEdit(self.deskBox)
        self.officeEnd.setObjectName(u"officeEnd")
        self.officeEnd.setMaxLength(5)

        self.deskForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.officeEnd)

        self.followGapLabel = QLabel(self.deskBox)
        self.followGapLabel.setObjectName(u"followGapLabel")

        self.deskForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.followGapLabel)

        self.followGap = QSpinBox(self.deskBox)
        self.followGap.setObjectName(u"followGap")
        self.followGap.setMinimum(1)
        self.followGap.setMaximum(72)

        self.deskForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.followGap)


        self.layout.addWidget(self.deskBox)

        self.feesBox = QGroupBox(SettingsDialog)
        self.feesBox.setObjectName(u"feesBox")
        self.feesForm = QFormLayout(self.feesBox)
        self.feesForm.setObjectName(u"feesForm")
        self.lateFeeEnabled = QCheckBox(self.feesBox)
        self.lateFeeEnabled.setObjectName(u"lateFeeEnabled")

        self.feesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lateFeeEnabled)

        self.lateRateLabel = QLabel(self.feesBox)
        self.lateRateLabel.setObjectName(u"lateRateLabel")

        self.feesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lateRateLabel)

        self.rateRow = QHBoxLayout()
        self.rateRow.setObjectName(u"rateRow")
        self.lateRate = QLineEdit(self.feesBox)
        self.lateRate.setObjectName(u"lateRate")

        self.rateRow.addWidget(self.lateRate)

        self.lateBasis = QComboBox(self.feesBox)
        self.lateBasis.setObjectName(u"lateBasis")

        self.rateRow.addWidget(self.lateBasis)


        self.feesForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.rateRow)

        self.graceLabel = QLabel(self.feesBox)
        self.graceLabel.setObjectName(u"graceLabel")

        self.feesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.graceLabel)

        self.graceDays = QSpinBox(self.feesBox)
        self.graceDays.setObjectName(u"graceDays")
        self.graceDays.setMaximum(365)

        self.feesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.graceDays)

        self.partialPayments = QCheckBox(self.feesBox)
        self.partialPayments.setObjectName(u"partialPayments")

        self.feesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.partialPayments)

        self.cashLimitLabel = QLabel(self.feesBox)
        self.cashLimitLabel.setObjectName(u"cashLimitLabel")

        self.feesForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cashLimitLabel)

        self.cashLimit = QLineEdit(self.feesBox)
        self.cashLimit.setObjectName(u"cashLimit")

        self.feesForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cashLimit)

        self.layoutLabel = QLabel(self.feesBox)
        self.layoutLabel.setObjectName(u"layoutLabel")

        self.feesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.layoutLabel)

        self.receiptLayout = QComboBox(self.feesBox)
        self.receiptLayout.setObjectName(u"receiptLayout")

        self.feesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.receiptLayout)


        self.layout.addWidget(self.feesBox)

        self.thisPcBox = QGroupBox(SettingsDialog)
        self.thisPcBox.setObjectName(u"thisPcBox")
        self.thisPcForm = QFormLayout(self.thisPcBox)
        self.thisPcForm.setObjectName(u"thisPcForm")
        self.languageLabel = QLabel(self.thisPcBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.thisPcForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(self.thisPcBox)
        self.language.setObjectName(u"language")

        self.thisPcForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)


        self.layout.addWidget(self.thisPcBox)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.propertyNameLabel.setBuddy(self.propertyName)
        self.companyNameLabel.setBuddy(self.companyName)
        self.addressLabel.setBuddy(self.address)
        self.hotlineLabel.setBuddy(self.hotline)
        self.idleLabel.setBuddy(self.idleMinutes)
        self.keepLabel.setBuddy(self.backupKeep)
        self.waterLimitLabel.setBuddy(self.waterLimit)
        self.powerLimitLabel.setBuddy(self.powerLimit)
        self.officeEndLabel.setBuddy(self.officeEnd)
        self.followGapLabel.setBuddy(self.followGap)
        self.lateRateLabel.setBuddy(self.lateRate)
        self.graceLabel.setBuddy(self.graceDays)
        self.cashLimitLabel.setBuddy(self.cashLimit)
        self.layoutLabel.setBuddy(self.receiptLayout)
        self.languageLabel.setBuddy(self.language)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Property and preferences", None))
        self.propertyBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Property (printed on every document)", None))
        self.propertyNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Property &name *", None))
        self.companyNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Management &company", None))
        self.addressLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Address", None))
        self.hotlineLabel.setText(QCoreApplication.translate("SettingsDialog", u"Service &hotline", None))
        self.paymentCodeLabel.setText(QCoreApplication.translate("SettingsDialog", u"Payment code", None))
        self.loadPaymentCode.setText(QCoreApplication.translate("SettingsDialog", u"Load a p&icture\u2026", None))
#if QT_CONFIG(tooltip)
        self.loadPaymentCode.setToolTip(QCoreApplication.translate("SettingsDialog", u"The property's WeChat or Alipay payment code (\u6536\u6b3e\u7801): a PNG or JPEG picture of at most 2 MB, printed on payment notices and demand letters", None))
#endif // QT_CONFIG(tooltip)
        self.removePaymentCode.setText(QCoreApplication.translate("SettingsDialog", u"Re&move", None))
        self.deskBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Every desk", None))
        self.idleLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Lock after idle (minutes)", None))
        self.keepLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Backups to keep", None))
        self.waterLimitLabel.setText(QCoreApplication.translate("SettingsDialog", u"Custody: &water per reading (m\u00b3)", None))
        self.powerLimitLabel.setText(QCoreApplication.translate("SettingsDialog", u"Custody: &electricity per reading (kWh)", None))
        self.officeEndLabel.setText(QCoreApplication.translate("SettingsDialog", u"Office hours &end (HH:MM; deadlines in working days end then)", None))
        self.followGapLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Follow-up: hours between two unanswered calls", None))
        self.feesBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Fees", None))
        self.lateFeeEnabled.setText(QCoreApplication.translate("SettingsDialog", u"Charge a late fee (\u6ede\u7eb3\u91d1) on overdue bills", None))
        self.lateRateLabel.setText(QCoreApplication.translate("SettingsDialog", u"Late fee &rate (%)", None))
        self.graceLabel.setText(QCoreApplication.translate("SettingsDialog", u"Grace &days after the billed month", None))
        self.partialPayments.setText(QCoreApplication.translate("SettingsDialog", u"Allow part pa&yment of a bill", None))
        self.cashLimitLabel.setText(QCoreApplication.translate("SettingsDialog", u"Cash above the amount due, at most (yuan, e&xtra)", None))
        self.layoutLabel.setText(QCoreApplication.translate("SettingsDialog", u"Receipt &paper", None))
        self.thisPcBox.setTitle(QCoreApplication.translate("SettingsDialog", u"This computer", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"Lan&guage", None))
    # retranslateUi

