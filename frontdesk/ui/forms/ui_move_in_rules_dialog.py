# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout)

class Ui_MoveInRulesDialog(object):
    def setupUi(self, MoveInRulesDialog):
        if not MoveInRulesDialog.objectName():
            MoveInRulesDialog.setObjectName(u"MoveInRulesDialog")
        MoveInRulesDialog.resize(520, 360)
        self.layout = QVBoxLayout(MoveInRulesDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(MoveInRulesDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.firstMonthLabel = QLabel(MoveInRulesDialog)
        self.firstMonthLabel.setObjectName(u"firstMonthLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstMonthLabel)

        self.firstMonth = QComboBox(MoveInRulesDialog)
        self.firstMonth.setObjectName(u"firstMonth")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstMonth)

        self.feeItemLabel = QLabel(MoveInRulesDialog)
        self.feeItemLabel.setObjectName(u"feeItemLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.feeItemLabel)

        self.feeItem = QLineEdit(MoveInRulesDialog)
        self.feeItem.setObjectName(u"feeItem")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.feeItem)

        self.fundItemLabel = QLabel(MoveInRulesDialog)
        self.fundItemLabel.setObjectName(u"fundItemLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fundItemLabel)

        self.fundItem = QLineEdit(MoveInRulesDialog)
        self.fundItem.setObjectName(u"fundItem")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fundItem)

        self.departmentLabel = QLabel(MoveInRulesDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.department = QLineEdit(MoveInRulesDialog)
        self.department.setObjectName(u"department")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.department)

        self.requiredLabel = QLabel(MoveInRulesDialog)
        self.requiredLabel.setObjectName(u"requiredLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.requiredLabel)

        self.required = QListWidget(MoveInRulesDialog)
        self.required.setObjectName(u"required")
        self.required.setMaximumSize(QSize(16777215, 130))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.required)


        self.layout.addLayout(self.form)

        self.hint = QLabel(MoveInRulesDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color:#666")

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(MoveInRulesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.firstMonthLabel.setBuddy(self.firstMonth)
        self.feeItemLabel.setBuddy(self.feeItem)
        self.fundItemLabel.setBuddy(self.fundItem)
        self.departmentLabel.setBuddy(self.department)
        self.requiredLabel.setBuddy(self.required)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MoveInRulesDialog)
    # setupUi

    def retranslateUi(self, MoveInRulesDialog):
        MoveInRulesDialog.setWindowTitle(QCoreApplication.translate("MoveInRulesDialog", u"Move-in rules", None))
        self.firstMonthLabel.setText(QCoreApplication.translate("MoveInRulesDialog", u"&First month's fee", None))
        self.feeItemLabel.setText(QCoreApplication.translate("MoveInRulesDialog", u"Property fee &item code", None))
        self.fundItemLabel.setText(QCoreApplication.translate("MoveInRulesDialog", u"Maintenance f&und item code", None))
        self.departmentLabel.setText(QCoreApplication.translate("MoveInRulesDialog", u"Rectifications go to (&department)", None))
        self.requiredLabel.setText(QCoreApplication.translate("MoveInRulesDialog", u"&Required steps", None))
    # retranslateUi

