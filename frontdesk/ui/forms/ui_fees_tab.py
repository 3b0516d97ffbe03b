# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QVBoxLayout, QWidget)

class Ui_FeesTab(object):
    def setupUi(self, FeesTab):
        if not FeesTab.objectName():
            FeesTab.setObjectName(u"FeesTab")
        self.layout = QVBoxLayout(FeesTab)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.searchHolder = QWidget(FeesTab)
        self.searchHolder.setObjectName(u"searchHolder")
        self.searchHolder.setMinimumSize(QSize(320, 0))

        self.topRow.addWidget(self.searchHolder)

        self.roomLabel = QLabel(FeesTab)
        self.roomLabel.setObjectName(u"roomLabel")
        self.roomLabel.setStyleSheet(u"font-size:16px;font-weight:bold;padding:0 12px;")

        self.topRow.addWidget(self.roomLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)


        self.layout.addLayout(self.topRow)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.dueColumn = QVBoxLayout()
        self.dueColumn.setObjectName(u"dueColumn")
        self.dueTitle = QLabel(FeesTab)
        self.dueTitle.setObjectName(u"dueTitle")

        self.dueColumn.addWidget(self.dueTitle)

        self.dueTable = QTableWidget(FeesTab)
        self.dueTable.setObjectName(u"dueTable")
        self.dueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.dueColumn.addWidget(self.dueTable)

        self.aheadRow = QHBoxLayout()
        self.aheadRow.setObjectName(u"aheadRow")
        self.aheadLabel = QLabel(FeesTab)
        self.aheadLabel.setObjectName(u"aheadLabel")

        self.aheadRow.addWidget(self.aheadLabel)

        self.aheadItem = QComboBox(FeesTab)
        self.aheadItem.setObjectName(u"aheadItem")
        self.aheadItem.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.aheadRow.addWidget(self.aheadItem)

        self.aheadMonths = QSpinBox(FeesTab)
        self.aheadMonths.setObjectName(u"aheadMonths")
        self.aheadMonths.setMinimum(1)
        self.aheadMonths.setMaximum(36)
        self.aheadMonths.setValue(6)

        self.aheadRow.addWidget(self.aheadMonths)

        self.aheadButton = QPushButton(FeesTab)
        self.aheadButton.setObjectName(u"aheadButton")

        self.aheadRow.addWidget(self.aheadButton)

        self.aheadSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.aheadRow.addItem(self.aheadSpacer)

        self.oneOffButton = QPushButton(FeesTab)
        self.oneOffButton.setObjectName(u"oneOffButton")

        self.aheadRow.addWidget(self.oneOffButton)


        self.dueColumn.addLayout(self.aheadRow)

        self.receiptsTitle = QLabel(FeesTab)
        self.receiptsTitle.setObjectName(u"receiptsTitle")

        self.dueColumn.addWidget(self.receiptsTitle)

        self.receiptsTable = QTableWidget(FeesTab)
        self.receiptsTable.setObjectName(u"receiptsTable")
        self.receiptsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.receiptsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.receiptsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.receiptsTable.setMaximumSize(QSize(16777215, 180))

        self.dueColumn.addWidget(self.receiptsTable)

        self.receiptButtons = QHBoxLayout()
        self.receiptButtons.setObjectName(u"receiptButtons")
        self.receiptSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receiptButtons.addItem(self.receiptSpacer)

        self.depositsButton = QPushButton(FeesTab)
        self.depositsButton.setObjectName(u"depositsButton")

        self.receiptButtons.addWidget(self.depositsButton)

        self.reprintButton = QPushButton(FeesTab)
        self.reprintButton.setObjectName(u"reprintButton")

        self.receiptButtons.addWidget(self.reprintButton)

        self.voidButton = QPushButton(FeesTab)
        self.voidButton.setObjectName(u"voidButton")

        self.receiptButtons.addWidget(self.voidButton)

        self.reverseButton = QPushButton(FeesTab)
        self.reverseButton.setObjectName(u"reverseButton")

        self.receiptButtons.addWidget(self.reverseButton)


        self.dueColumn.addLayout(self.receiptButtons)


        self.body.addLayout(self.dueColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.payBox = QGroupBox(FeesTab)
        self.payBox.setObjectName(u"payBox")
        self.payBox.setMinimumSize(QSize(360, 0))
        self.payForm = QFormLayout(self.payBox)
        self.payForm.setObjectName(u"payForm")
        self.totalLabel = QLabel(self.payBox)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setStyleSheet(u"font-size:24px;font-weight:bold;")

        self.payForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.totalLabel)

        self.wordsLabel = QLabel(self.payBox)
        self.wordsLabel.setObjectName(u"wordsLabel")
        self.wordsLabel.setWordWrap(True)

        self.payForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.wordsLabel)

        self.lateRow = QHBoxLayout()
        self.lateRow.setObjectName(u"lateRow")
        self.lateLabel = QLabel(self.payBox)
        self.lateLabel.setObjectName(u"lateLabel")
        self.lateLabel.setWordWrap(True)

        self.lateRow.addWidget(self.lateLabel)

        self.waiveButton = QPushButton(self.payBox)
        self.waiveButton.setObjectName(u"waiveButton")
        self.waiveButton.setCheckable(True)

        self.lateRow.addWidget(self.waiveButton)


        self.payForm.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.lateRow)

        self.methodLabel = QLabel(self.payBox)
        self.methodLabel.setObjectName(u"methodLabel")

        self.payForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.method = QComboBox(self.payBox)
        self.method.setObjectName(u"method")

        self.payForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.method)

        self.referenceLabel = QLabel(self.payBox)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.payForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.reference = QLineEdit(self.payBox)
        self.reference.setObjectName(u"reference")

        self.payForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reference)

        self.amountLabel = QLabel(self.payBox)
        self.amountLabel.setObjectName(u"amountLabel")

        self.payForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amount = QLineEdit(self.payBox)
        self.amount.setObjectName(u"amount")

        self.payForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.amount)

        self.cashLabel = QLabel(self.payBox)
        self.cashLabel.setObjectName(u"cashLabel")

        self.payForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.cashLabel)

        self.cash = QLineEdit(self.payBox)
        self.cash.setObjectName(u"cash")

        self.payForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.cash)

        self.changeLabel = QLabel(self.payBox)
        self.changeLabel.setObjectName(u"changeLabel")

        self.payForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.changeLabel)

        self.payerLabel = QLabel(self.payBox)
        self.payerLabel.setObjectName(u"payerLabel")

        self.payForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.payerLabel)

        self.payer = QLineEdit(self.payBox)
        self.payer.setObjectName(u"payer")

        self.payForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.payer)

        self.payButton = QPushButton(self.payBox)
        self.payButton.setObjectName(u"payButton")
        self.payButton.setMinimumSize(QSize(0, 40))

        self.payForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.payButton)


        self.rightColumn.addWidget(self.payBox)

        self.deskButtons = QGridLayout()
        self.deskButtons.setObjectName(u"deskButtons")
        self.arrearsButton = QPushButton(FeesTab)
        self.arrearsButton.setObjectName(u"arrearsButton")

        self.deskButtons.addWidget(self.arrearsButton, 0, 0, 1, 1)

        self.heldButton = QPushButton(FeesTab)
        self.heldButton.setObjectName(u"heldButton")

        self.deskButtons.addWidget(self.heldButton, 0, 1, 1, 1)

        self.readingsButton = QPushButton(FeesTab)
        self.readingsButton.setObjectName(u"readingsButton")

        self.deskButtons.addWidget(self.readingsButton, 1, 0, 1, 1)

        self.billMonthButton = QPushButton(FeesTab)
        self.billMonthButton.setObjectName(u"billMonthButton")

        self.deskButtons.addWidget(self.billMonthButton, 1, 1, 1, 1)

        self.shiftButton = QPushButton(FeesTab)
        self.shiftButton.setObjectName(u"shiftButton")

        self.deskButtons.addWidget(self.shiftButton, 2, 0, 1, 1)

        self.cancelMonthButton = QPushButton(FeesTab)
        self.cancelMonthButton.setObjectName(u"cancelMonthButton")

        self.deskButtons.addWidget(self.cancelMonthButton, 2, 1, 1, 1)

        self.registerButton = QPushButton(FeesTab)
        self.registerButton.setObjectName(u"registerButton")

        self.deskButtons.addWidget(self.registerButton, 3, 0, 1, 2)


        self.rightColumn.addLayout(self.deskButtons)


        self.body.addLayout(self.rightColumn)


        self.layout.addLayout(self.body)

#if QT_CONFIG(shortcut)
        self.aheadLabel.setBuddy(self.aheadItem)
        self.methodLabel.setBuddy(self.method)
        self.referenceLabel.setBuddy(self.reference)
        self.amountLabel.setBuddy(self.amount)
        self.cashLabel.setBuddy(self.cash)
        self.payerLabel.setBuddy(self.payer)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dueTable, self.method)
        QWidget.setTabOrder(self.method, self.reference)
        QWidget.setTabOrder(self.reference, self.amount)
        QWidget.setTabOrder(self.amount, self.cash)
        QWidget.setTabOrder(self.cash, self.payer)
        QWidget.setTabOrder(self.payer, self.payButton)

        self.retranslateUi(FeesTab)
    # setupUi

    def retranslateUi(self, FeesTab):
        self.dueTitle.setText(QCoreApplication.translate("FeesTab", u"What is due (oldest first) \u2014 Space ticks, Ctrl+A ticks all", None))
        self.aheadLabel.setText(QCoreApplication.translate("FeesTab", u"Pay &ahead:", None))
        self.aheadButton.setText(QCoreApplication.translate("FeesTab", u"Add &months", None))
        self.oneOffButton.setText(QCoreApplication.translate("FeesTab", u"&One-off charge\u2026", None))
        self.receiptsTitle.setText(QCoreApplication.translate("FeesTab", u"Receipts of this room", None))
        self.depositsButton.setText(QCoreApplication.translate("FeesTab", u"&Deposits\u2026", None))
        self.reprintButton.setText(QCoreApplication.translate("FeesTab", u"&Reprint (copy)", None))
        self.voidButton.setText(QCoreApplication.translate("FeesTab", u"&Void\u2026", None))
        self.reverseButton.setText(QCoreApplication.translate("FeesTab", u"Re&verse (\u7ea2\u51b2)\u2026", None))
        self.payBox.setTitle(QCoreApplication.translate("FeesTab", u"Payment", None))
        self.waiveButton.setText(QCoreApplication.translate("FeesTab", u"&Waive late fee\u2026", None))
        self.methodLabel.setText(QCoreApplication.translate("FeesTab", u"&Method", None))
        self.referenceLabel.setText(QCoreApplication.translate("FeesTab", u"&Reference no.", None))
        self.amountLabel.setText(QCoreApplication.translate("FeesTab", u"Amount &paid of the bills", None))
        self.amount.setPlaceholderText(QCoreApplication.translate("FeesTab", u"all that is ticked", None))
        self.cashLabel.setText(QCoreApplication.translate("FeesTab", u"&Cash received", None))
        self.payerLabel.setText(QCoreApplication.translate("FeesTab", u"Pa&yer", None))
        self.payButton.setText(QCoreApplication.translate("FeesTab", u"&Take payment and print (Ctrl+Enter)", None))
        self.arrearsButton.setText(QCoreApplication.translate("FeesTab", u"A&rrears and reminders\u2026", None))
        self.heldButton.setText(QCoreApplication.translate("FeesTab", u"Deposits &held\u2026", None))
        self.readingsButton.setText(QCoreApplication.translate("FeesTab", u"Meter readin&gs\u2026", None))
        self.billMonthButton.setText(QCoreApplication.translate("FeesTab", u"&Bill a month\u2026", None))
        self.shiftButton.setText(QCoreApplication.translate("FeesTab", u"C&lose my shift\u2026", None))
        self.cancelMonthButton.setText(QCoreApplication.translate("FeesTab", u"Ca&ncel a month's bills\u2026", None))
        self.registerButton.setText(QCoreApplication.translate("FeesTab", u"Rece&ipt register (Excel)\u2026", None))
        pass
    # retranslateUi

