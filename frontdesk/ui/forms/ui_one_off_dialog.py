# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout)

class Ui_OneOffDialog(object):
    def setupUi(self, OneOffDialog):
        if not OneOffDialog.objectName():
            OneOffDialog.setObjectName(u"OneOffDialog")
        OneOffDialog.resize(420, 200)
        self.layout = QVBoxLayout(OneOffDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.itemLabel = QLabel(OneOffDialog)
        self.itemLabel.setObjectName(u"itemLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemLabel)

        self.item = QComboBox(OneOffDialog)
        self.item.setObjectName(u"item")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.item)

        self.amountLabel = QLabel(OneOffDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amount = QLineEdit(OneOffDialog)
        self.amount.setObjectName(u"amount")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amount)

        self.descriptionLabel = QLabel(OneOffDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QLineEdit(OneOffDialog)
        self.description.setObjectName(u"description")
        self.description.setMaxLength(100)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.description)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(OneOffDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.itemLabel.setBuddy(self.item)
        self.amountLabel.setBuddy(self.amount)
        self.descriptionLabel.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OneOffDialog)
    # setupUi

    def retranslateUi(self, OneOffDialog):
        OneOffDialog.setWindowTitle(QCoreApplication.translate("OneOffDialog", u"One-off charge", None))
        self.itemLabel.setText(QCoreApplication.translate("OneOffDialog", u"&Item", None))
        self.amountLabel.setText(QCoreApplication.translate("OneOffDialog", u"&Amount (yuan)", None))
        self.descriptionLabel.setText(QCoreApplication.translate("OneOffDialog", u"&What for", None))
    # retranslateUi

