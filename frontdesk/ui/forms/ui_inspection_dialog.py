# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

class Ui_InspectionDialog(object):
    def setupUi(self, InspectionDialog):
        if not InspectionDialog.objectName():
            InspectionDialog.setObjectName(u"InspectionDialog")
        InspectionDialog.resize(520, 300)
        self.layout = QVBoxLayout(InspectionDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(InspectionDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.findingsLabel = QLabel(InspectionDialog)
        self.findingsLabel.setObjectName(u"findingsLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.findingsLabel)

        self.findings = QPlainTextEdit(InspectionDialog)
        self.findings.setObjectName(u"findings")
        self.findings.setTabChangesFocus(True)
        self.findings.setMaximumHeight(90)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.findings)

        self.violation = QCheckBox(InspectionDialog)
        self.violation.setObjectName(u"violation")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.violation)

        self.orderedLabel = QLabel(InspectionDialog)
        self.orderedLabel.setObjectName(u"orderedLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.orderedLabel)

        self.ordered = QLineEdit(InspectionDialog)
        self.ordered.setObjectName(u"ordered")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ordered)

        self.deductionLabel = QLabel(InspectionDialog)
        self.deductionLabel.setObjectName(u"deductionLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.deductionLabel)

        self.deduction = QLineEdit(InspectionDialog)
        self.deduction.setObjectName(u"deduction")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deduction)

        self.makeOrder = QCheckBox(InspectionDialog)
        self.makeOrder.setObjectName(u"makeOrder")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.makeOrder)


        self.layout.addLayout(self.form)

        self.hint = QLabel(InspectionDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color:#666")

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(InspectionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.findingsLabel.setBuddy(self.findings)
        self.orderedLabel.setBuddy(self.ordered)
        self.deductionLabel.setBuddy(self.deduction)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InspectionDialog)
    # setupUi

    def retranslateUi(self, InspectionDialog):
        InspectionDialog.setWindowTitle(QCoreApplication.translate("InspectionDialog", u"Inspection", None))
        self.findingsLabel.setText(QCoreApplication.translate("InspectionDialog", u"&Findings *", None))
        self.violation.setText(QCoreApplication.translate("InspectionDialog", u"A violation (&V)", None))
        self.orderedLabel.setText(QCoreApplication.translate("InspectionDialog", u"What was &ordered", None))
        self.deductionLabel.setText(QCoreApplication.translate("InspectionDialog", u"&Deduction from the owner's deposit (yuan)", None))
        self.makeOrder.setText(QCoreApplication.translate("InspectionDialog", u"Make a work order for the rectification (&W)", None))
    # retranslateUi

