# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)

from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

class Ui_KeyRulesDialog(object):
    def setupUi(self, KeyRulesDialog):
        if not KeyRulesDialog.objectName():
            KeyRulesDialog.setObjectName(u"KeyRulesDialog")
        KeyRulesDialog.resize(560, 260)
        self.layout = QVBoxLayout(KeyRulesDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(KeyRulesDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.placesLabel = QLabel(KeyRulesDialog)
        self.placesLabel.setObjectName(u"placesLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.placesLabel)

        self.places = QPlainTextEdit(KeyRulesDialog)
        self.places.setObjectName(u"places")
        self.places.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.places)

        self.panelsLabel = QLabel(KeyRulesDialog)
        self.panelsLabel.setObjectName(u"panelsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.panelsLabel)

        self.panels = QLineEdit(KeyRulesDialog)
        self.panels.setObjectName(u"panels")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.panels)

        self.loanHoursLabel = QLabel(KeyRulesDialog)
        self.loanHoursLabel.setObjectName(u"loanHoursLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.loanHoursLabel)

        self.loanHours = QLineEdit(KeyRulesDialog)
        self.loanHours.setObjectName(u"loanHours")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.loanHours)


        self.layout.addLayout(self.form)

        self.hint = QLabel(KeyRulesDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color:#666")

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(KeyRulesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.placesLabel.setBuddy(self.places)
        self.panelsLabel.setBuddy(self.panels)
        self.loanHoursLabel.setBuddy(self.loanHours)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KeyRulesDialog)
    # setupUi

    def retranslateUi(self, KeyRulesDialog):
        KeyRulesDialog.setWindowTitle(QCoreApplication.translate("KeyRulesDialog", u"Key cabinet", None))
        self.placesLabel.setText(QCoreApplication.translate("KeyRulesDialog", u"&Places of public keys", None))
        self.panelsLabel.setText(QCoreApplication.translate("KeyRulesDialog", u"Cabinet &panels", None))
        self.loanHoursLabel.setText(QCoreApplication.translate("KeyRulesDialog", u"&Loan period (hours)", None))
    # retranslateUi

