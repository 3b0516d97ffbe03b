# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

class Ui_PassRulesDialog(object):
    def setupUi(self, PassRulesDialog):
        if not PassRulesDialog.objectName():
            PassRulesDialog.setObjectName(u"PassRulesDialog")
        PassRulesDialog.resize(600, 300)
        self.layout = QVBoxLayout(PassRulesDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(PassRulesDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.ownerDepositLabel = QLabel(PassRulesDialog)
        self.ownerDepositLabel.setObjectName(u"ownerDepositLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ownerDepositLabel)

        self.ownerDeposit = QLineEdit(PassRulesDialog)
        self.ownerDeposit.setObjectName(u"ownerDeposit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ownerDeposit)

        self.ownerDepositStructuralLabel = QLabel(PassRulesDialog)
        self.ownerDepositStructuralLabel.setObjectName(u"ownerDepositStructuralLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerDepositStructuralLabel)

        self.ownerDepositStructural = QLineEdit(PassRulesDialog)
        self.ownerDepositStructural.setObjectName(u"ownerDepositStructural")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownerDepositStructural)

        self.contractorDepositLabel = QLabel(PassRulesDialog)
        self.contractorDepositLabel.setObjectName(u"contractorDepositLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contractorDepositLabel)

        self.contractorDeposit = QLineEdit(PassRulesDialog)
        self.contractorDeposit.setObjectName(u"contractorDeposit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contractorDeposit)

        self.wasteFeeLabel = QLabel(PassRulesDialog)
        self.wasteFeeLabel.setObjectName(u"wasteFeeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.wasteFeeLabel)

        self.wasteFee = QLineEdit(PassRulesDialog)
        self.wasteFee.setObjectName(u"wasteFee")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.wasteFee)

        self.approveWorkdaysLabel = QLabel(PassRulesDialog)
        self.approveWorkdaysLabel.setObjectName(u"approveWorkdaysLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.approveWorkdaysLabel)

        self.approveWorkdays = QLineEdit(PassRulesDialog)
        self.approveWorkdays.setObjectName(u"approveWorkdays")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.approveWorkdays)

        self.contractorRefundMonthsLabel = QLabel(PassRulesDialog)
        self.contractorRefundMonthsLabel.setObjectName(u"contractorRefundMonthsLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contractorRefundMonthsLabel)

        self.contractorRefundMonths = QLineEdit(PassRulesDialog)
        self.contractorRefundMonths.setObjectName(u"contractorRefundMonths")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contractorRefundMonths)

        self.workerDepositLabel = QLabel(PassRulesDialog)
        self.workerDepositLabel.setObjectName(u"workerDepositLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.workerDepositLabel)

        self.workerDeposit = QLineEdit(PassRulesDialog)
        self.workerDeposit.setObjectName(u"workerDeposit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.workerDeposit)

        self.workerCardFeeLabel = QLabel(PassRulesDialog)
        self.workerCardFeeLabel.setObjectName(u"workerCardFeeLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.workerCardFeeLabel)

        self.workerCardFee = QLineEdit(PassRulesDialog)
        self.workerCardFee.setObjectName(u"workerCardFee")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.workerCardFee)

        self.workerMonthsLabel = QLabel(PassRulesDialog)
        self.workerMonthsLabel.setObjectName(u"workerMonthsLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.workerMonthsLabel)

        self.workerMonths = QLineEdit(PassRulesDialog)
        self.workerMonths.setObjectName(u"workerMonths")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.workerMonths)

        self.temporaryDaysLabel = QLabel(PassRulesDialog)
        self.temporaryDaysLabel.setObjectName(u"temporaryDaysLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.temporaryDaysLabel)

        self.temporaryDays = QLineEdit(PassRulesDialog)
        self.temporaryDays.setObjectName(u"temporaryDays")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.temporaryDays)

        self.temporaryPaperLabel = QLabel(PassRulesDialog)
        self.temporaryPaperLabel.setObjectName(u"temporaryPaperLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.temporaryPaperLabel)

        self.temporaryPaper = QComboBox(PassRulesDialog)
        self.temporaryPaper.setObjectName(u"temporaryPaper")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.temporaryPaper)

        self.hotWorkHoursLabel = QLabel(PassRulesDialog)
        self.hotWorkHoursLabel.setObjectName(u"hotWorkHoursLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.hotWorkHoursLabel)

        self.hotWorkHours = QLineEdit(PassRulesDialog)
        self.hotWorkHours.setObjectName(u"hotWorkHours")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.hotWorkHours)

        self.workingHoursLabel = QLabel(PassRulesDialog)
        self.workingHoursLabel.setObjectName(u"workingHoursLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.workingHoursLabel)

        self.workingHours = QLineEdit(PassRulesDialog)
        self.workingHours.setObjectName(u"workingHours")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.workingHours)

        self.quietDaysLabel = QLabel(PassRulesDialog)
        self.quietDaysLabel.setObjectName(u"quietDaysLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.quietDaysLabel)

        self.quietDays = QLineEdit(PassRulesDialog)
        self.quietDays.setObjectName(u"quietDays")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.quietDays)

        self.worksLabel = QLabel(PassRulesDialog)
        self.worksLabel.setObjectName(u"worksLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.worksLabel)

        self.works = QPlainTextEdit(PassRulesDialog)
        self.works.setObjectName(u"works")
        self.works.setTabChangesFocus(True)
        self.works.setMaximumHeight(90)

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.works)


        self.layout.addLayout(self.form)

        self.hint = QLabel(PassRulesDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color:#666")

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(PassRulesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.ownerDepositLabel.setBuddy(self.ownerDeposit)
        self.ownerDepositStructuralLabel.setBuddy(self.ownerDepositStructural)
        self.contractorDepositLabel.setBuddy(self.contractorDeposit)
        self.wasteFeeLabel.setBuddy(self.wasteFee)
        self.approveWorkdaysLabel.setBuddy(self.approveWorkdays)
        self.contractorRefundMonthsLabel.setBuddy(self.contractorRefundMonths)
        self.workerDepositLabel.setBuddy(self.workerDeposit)
        self.workerCardFeeLabel.setBuddy(self.workerCardFee)
        self.workerMonthsLabel.setBuddy(self.workerMonths)
        self.temporaryDaysLabel.setBuddy(self.temporaryDays)
        self.temporaryPaperLabel.setBuddy(self.temporaryPaper)
        self.hotWorkHoursLabel.setBuddy(self.hotWorkHours)
        self.workingHoursLabel.setBuddy(self.workingHours)
        self.quietDaysLabel.setBuddy(self.quietDays)
        self.worksLabel.setBuddy(self.works)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PassRulesDialog)
    # setupUi

    def retranslateUi(self, PassRulesDialog):
        PassRulesDialog.setWindowTitle(QCoreApplication.translate("PassRulesDialog", u"Rules of passes and permits", None))
        self.ownerDepositLabel.setText(QCoreApplication.translate("PassRulesDialog", u"&Owner's deposit (yuan)", None))
        self.ownerDepositStructuralLabel.setText(QCoreApplication.translate("PassRulesDialog", u"Owner's deposit with a structural &change", None))
        self.contractorDepositLabel.setText(QCoreApplication.translate("PassRulesDialog", u"Co&ntractor's deposit", None))
        self.wasteFeeLabel.setText(QCoreApplication.translate("PassRulesDialog", u"Construction-&waste fee", None))
        self.approveWorkdaysLabel.setText(QCoreApplication.translate("PassRulesDialog", u"Working days to &approve", None))
        self.contractorRefundMonthsLabel.setText(QCoreApplication.translate("PassRulesDialog", u"Contractor's refund: &months after acceptance", None))
        self.workerDepositLabel.setText(QCoreApplication.translate("PassRulesDialog", u"Worker pass &deposit", None))
        self.workerCardFeeLabel.setText(QCoreApplication.translate("PassRulesDialog", u"Worker pass card &fee", None))
        self.workerMonthsLabel.setText(QCoreApplication.translate("PassRulesDialog", u"Worker pass: months at mo&st", None))
        self.temporaryDaysLabel.setText(QCoreApplication.translate("PassRulesDialog", u"&Temporary pass: days", None))
        self.temporaryPaperLabel.setText(QCoreApplication.translate("PassRulesDialog", u"Temporary pass &printed on", None))
        self.hotWorkHoursLabel.setText(QCoreApplication.translate("PassRulesDialog", u"&Hot work: hours at most", None))
        self.workingHoursLabel.setText(QCoreApplication.translate("PassRulesDialog", u"Permitted working ho&urs", None))
        self.quietDaysLabel.setText(QCoreApplication.translate("PassRulesDialog", u"No noisy work (&Q)", None))
        self.worksLabel.setText(QCoreApplication.translate("PassRulesDialog", u"Works check&list (\u3001 between)", None))
    # retranslateUi

