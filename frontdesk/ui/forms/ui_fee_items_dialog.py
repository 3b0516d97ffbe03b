# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidget, QVBoxLayout)

class Ui_FeeItemsDialog(object):
    def setupUi(self, FeeItemsDialog):
        if not FeeItemsDialog.objectName():
            FeeItemsDialog.setObjectName(u"FeeItemsDialog")
        FeeItemsDialog.resize(820, 560)
        self.layout = QVBoxLayout(FeeItemsDialog)
        self.layout.setObjectName(u"layout")
        self.items = QTableWidget(FeeItemsDialog)
        self.items.setObjectName(u"items")
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.items)

        self.boxes = QHBoxLayout()
        self.boxes.setObjectName(u"boxes")
        self.itemBox = QGroupBox(FeeItemsDialog)
        self.itemBox.setObjectName(u"itemBox")
        self.itemForm = QFormLayout(self.itemBox)
        self.itemForm.setObjectName(u"itemForm")
        self.codeLabel = QLabel(self.itemBox)
        self.codeLabel.setObjectName(u"codeLabel")

        self.itemForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.code = QLineEdit(self.itemBox)
        self.code.setObjectName(u"code")

        self.itemForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code)

        self.nameLabel = QLabel(self.itemBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.itemForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.itemBox)
        self.name.setObjectName(u"name")

        self.itemForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.ruleLabel = QLabel(self.itemBox)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.itemForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ruleLabel)

        self.rule = QComboBox(self.itemBox)
        self.rule.setObjectName(u"rule")

        self.itemForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rule)

        self.appliesLabel = QLabel(self.itemBox)
        self.appliesLabel.setObjectName(u"appliesLabel")

        self.itemForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.appliesLabel)

        self.appliesTo = QComboBox(self.itemBox)
        self.appliesTo.setObjectName(u"appliesTo")

        self.itemForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.appliesTo)

        self.custodyRate = QCheckBox(self.itemBox)
        self.custodyRate.setObjectName(u"custodyRate")

        self.itemForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.custodyRate)

        self.cycleLabel = QLabel(self.itemBox)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.itemForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cycleLabel)

        self.cycle = QComboBox(self.itemBox)
        self.cycle.setObjectName(u"cycle")

        self.itemForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cycle)

        self.addButton = QPushButton(self.itemBox)
        self.addButton.setObjectName(u"addButton")

        self.itemForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.addButton)


        self.boxes.addWidget(self.itemBox)

        self.priceBox = QGroupBox(FeeItemsDialog)
        self.priceBox.setObjectName(u"priceBox")
        self.priceForm = QFormLayout(self.priceBox)
        self.priceForm.setObjectName(u"priceForm")
        self.validFromLabel = QLabel(self.priceBox)
        self.validFromLabel.setObjectName(u"validFromLabel")

        self.priceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.validFromLabel)

        self.validFrom = QDateEdit(self.priceBox)
        self.validFrom.setObjectName(u"validFrom")
        self.validFrom.setCalendarPopup(True)
        self.validFrom.setDisplayFormat(u"yyyy-MM-dd")

        self.priceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.validFrom)

        self.priceLabel = QLabel(self.priceBox)
        self.priceLabel.setObjectName(u"priceLabel")

        self.priceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.price = QLineEdit(self.priceBox)
        self.price.setObjectName(u"price")

        self.priceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.price)

        self.priceButton = QPushButton(self.priceBox)
        self.priceButton.setObjectName(u"priceButton")

        self.priceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.priceButton)

        self.priceHint = QLabel(self.priceBox)
        self.priceHint.setObjectName(u"priceHint")
        self.priceHint.setWordWrap(True)

        self.priceForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.priceHint)


        self.boxes.addWidget(self.priceBox)


        self.layout.addLayout(self.boxes)

        self.buttons = QDialogButtonBox(FeeItemsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.code)
        self.nameLabel.setBuddy(self.name)
        self.ruleLabel.setBuddy(self.rule)
        self.appliesLabel.setBuddy(self.appliesTo)
        self.cycleLabel.setBuddy(self.cycle)
        self.validFromLabel.setBuddy(self.validFrom)
        self.priceLabel.setBuddy(self.price)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FeeItemsDialog)
    # setupUi

    def retranslateUi(self, FeeItemsDialog):
        FeeItemsDialog.setWindowTitle(QCoreApplication.translate("FeeItemsDialog", u"Fee items and price standards", None))
        self.itemBox.setTitle(QCoreApplication.translate("FeeItemsDialog", u"New item", None))
        self.codeLabel.setText(QCoreApplication.translate("FeeItemsDialog", u"&Code *", None))
        self.nameLabel.setText(QCoreApplication.translate("FeeItemsDialog", u"&Name *", None))
        self.ruleLabel.setText(QCoreApplication.translate("FeeItemsDialog", u"&Rule", None))
        self.appliesLabel.setText(QCoreApplication.translate("FeeItemsDialog", u"Applies &to", None))
        self.custodyRate.setText(QCoreApplication.translate("FeeItemsDialog", u"Custody &rooms pay the custody rate (70%)", None))
        self.cycleLabel.setText(QCoreApplication.translate("FeeItemsDialog", u"Billing c&ycle", None))
        self.addButton.setText(QCoreApplication.translate("FeeItemsDialog", u"&Add item", None))
        self.priceBox.setTitle(QCoreApplication.translate("FeeItemsDialog", u"New price for the selected item", None))
        self.validFromLabel.setText(QCoreApplication.translate("FeeItemsDialog", u"&Valid from", None))
        self.priceLabel.setText(QCoreApplication.translate("FeeItemsDialog", u"&Price (yuan) *", None))
        self.priceButton.setText(QCoreApplication.translate("FeeItemsDialog", u"&Set price", None))
    # retranslateUi

