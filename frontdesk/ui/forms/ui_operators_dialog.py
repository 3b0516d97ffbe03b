# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_OperatorsDialog(object):
    def setupUi(self, OperatorsDialog):
        if not OperatorsDialog.objectName():
            OperatorsDialog.setObjectName(u"OperatorsDialog")
        OperatorsDialog.resize(760, 440)
        self.layout = QHBoxLayout(OperatorsDialog)
        self.layout.setObjectName(u"layout")
        self.table = QTableView(OperatorsDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout.addWidget(self.table)

        self.buttonColumn = QVBoxLayout()
        self.buttonColumn.setObjectName(u"buttonColumn")
        self.addButton = QPushButton(OperatorsDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonColumn.addWidget(self.addButton)

        self.editButton = QPushButton(OperatorsDialog)
        self.editButton.setObjectName(u"editButton")

        self.buttonColumn.addWidget(self.editButton)

        self.activeButton = QPushButton(OperatorsDialog)
        self.activeButton.setObjectName(u"activeButton")

        self.buttonColumn.addWidget(self.activeButton)

        self.resetButton = QPushButton(OperatorsDialog)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonColumn.addWidget(self.resetButton)

        self.printButton = QPushButton(OperatorsDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonColumn.addWidget(self.printButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonColumn.addItem(self.spacer)

        self.closeButton = QPushButton(OperatorsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonColumn.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonColumn)


        self.retranslateUi(OperatorsDialog)
    # setupUi

    def retranslateUi(self, OperatorsDialog):
        OperatorsDialog.setWindowTitle(QCoreApplication.translate("OperatorsDialog", u"Operators", None))
        self.addButton.setText(QCoreApplication.translate("OperatorsDialog", u"&Add\u2026", None))
        self.editButton.setText(QCoreApplication.translate("OperatorsDialog", u"&Edit\u2026", None))
        self.activeButton.setText(QCoreApplication.translate("OperatorsDialog", u"&Disable", None))
        self.resetButton.setText(QCoreApplication.translate("OperatorsDialog", u"&Reset password\u2026", None))
        self.printButton.setText(QCoreApplication.translate("OperatorsDialog", u"&Print list", None))
        self.closeButton.setText(QCoreApplication.translate("OperatorsDialog", u"&Close", None))
    # retranslateUi

