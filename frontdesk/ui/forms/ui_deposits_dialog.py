# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout)

class Ui_DepositsDialog(object):
    def setupUi(self, DepositsDialog):
        if not DepositsDialog.objectName():
            DepositsDialog.setObjectName(u"DepositsDialog")
        DepositsDialog.resize(860, 520)
        self.layout = QVBoxLayout(DepositsDialog)
        self.layout.setObjectName(u"layout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.kindFilterLabel = QLabel(DepositsDialog)
        self.kindFilterLabel.setObjectName(u"kindFilterLabel")

        self.filterRow.addWidget(self.kindFilterLabel)

        self.kindFilter = QComboBox(DepositsDialog)
        self.kindFilter.setObjectName(u"kindFilter")

        self.filterRow.addWidget(self.kindFilter)

        self.byKindLabel = QLabel(DepositsDialog)
        self.byKindLabel.setObjectName(u"byKindLabel")
        self.byKindLabel.setWordWrap(True)

        self.filterRow.addWidget(self.byKindLabel)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.layout.addLayout(self.filterRow)

        self.table = QTableWidget(DepositsDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.table)

        self.rowButtons = QHBoxLayout()
        self.rowButtons.setObjectName(u"rowButtons")
        self.heldLabel = QLabel(DepositsDialog)
        self.heldLabel.setObjectName(u"heldLabel")

        self.rowButtons.addWidget(self.heldLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rowButtons.addItem(self.spacer)

        self.refundButton = QPushButton(DepositsDialog)
        self.refundButton.setObjectName(u"refundButton")

        self.rowButtons.addWidget(self.refundButton)

        self.forfeitButton = QPushButton(DepositsDialog)
        self.forfeitButton.setObjectName(u"forfeitButton")

        self.rowButtons.addWidget(self.forfeitButton)


        self.layout.addLayout(self.rowButtons)

        self.collectBox = QGroupBox(DepositsDialog)
        self.collectBox.setObjectName(u"collectBox")
        self.form = QFormLayout(self.collectBox)
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(self.collectBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(self.collectBox)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.amountLabel = QLabel(self.collectBox)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amount = QLineEdit(self.collectBox)
        self.amount.setObjectName(u"amount")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amount)

        self.methodLabel = QLabel(self.collectBox)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.method = QComboBox(self.collectBox)
        self.method.setObjectName(u"method")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.method)

        self.referenceLabel = QLabel(self.collectBox)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.reference = QLineEdit(self.collectBox)
        self.reference.setObjectName(u"reference")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reference)

        self.payerLabel = QLabel(self.collectBox)
        self.payerLabel.setObjectName(u"payerLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.payerLabel)

        self.payer = QLineEdit(self.collectBox)
        self.payer.setObjectName(u"payer")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.payer)

        self.collectButton = QPushButton(self.collectBox)
        self.collectButton.setObjectName(u"collectButton")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.collectButton)


        self.layout.addWidget(self.collectBox)

        self.buttons = QDialogButtonBox(DepositsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindFilterLabel.setBuddy(self.kindFilter)
        self.kindLabel.setBuddy(self.kind)
        self.amountLabel.setBuddy(self.amount)
        self.methodLabel.setBuddy(self.method)
        self.referenceLabel.setBuddy(self.reference)
        self.payerLabel.setBuddy(self.payer)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DepositsDialog)
    # setupUi

    def retranslateUi(self, DepositsDialog):
        DepositsDialog.setWindowTitle(QCoreApplication.translate("DepositsDialog", u"Deposits", None))
        self.kindFilterLabel.setText(QCoreApplication.translate("DepositsDialog", u"Show &kind:", None))
        self.refundButton.setText(QCoreApplication.translate("DepositsDialog", u"&Refund\u2026", None))
        self.forfeitButton.setText(QCoreApplication.translate("DepositsDialog", u"&Keep part or all\u2026", None))
        self.collectBox.setTitle(QCoreApplication.translate("DepositsDialog", u"Take a deposit", None))
        self.kindLabel.setText(QCoreApplication.translate("DepositsDialog", u"&Kind", None))
        self.amountLabel.setText(QCoreApplication.translate("DepositsDialog", u"&Amount (yuan) *", None))
        self.methodLabel.setText(QCoreApplication.translate("DepositsDialog", u"&Method", None))
        self.referenceLabel.setText(QCoreApplication.translate("DepositsDialog", u"&Reference no.", None))
        self.payerLabel.setText(QCoreApplication.translate("DepositsDialog", u"Pa&yer", None))
        self.collectButton.setText(QCoreApplication.translate("DepositsDialog", u"&Take the deposit and print", None))
    # retranslateUi

