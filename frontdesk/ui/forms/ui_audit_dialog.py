# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(1100, 640)
        self.layout = QVBoxLayout(AuditDialog)
        self.layout.setObjectName(u"layout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.fromLabel = QLabel(AuditDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterRow.addWidget(self.fromLabel)

        self.dateFrom = QDateEdit(AuditDialog)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setCalendarPopup(True)
        self.dateFrom.setDisplayFormat(u"yyyy-MM-dd")

        self.filterRow.addWidget(self.dateFrom)

        self.toLabel = QLabel(AuditDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.filterRow.addWidget(self.toLabel)

        self.dateTo = QDateEdit(AuditDialog)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setCalendarPopup(True)
        self.dateTo.setDisplayFormat(u"yyyy-MM-dd")

        self.filterRow.addWidget(self.dateTo)

        self.operatorLabel = QLabel(AuditDialog)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.filterRow.addWidget(self.operatorLabel)

        self.operatorFilter = QComboBox(AuditDialog)
        self.operatorFilter.setObjectName(u"operatorFilter")

        self.filterRow.addWidget(self.operatorFilter)

        self.entityLabel = QLabel(AuditDialog)
        self.entityLabel.setObjectName(u"entityLabel")

        self.filterRow.addWidget(self.entityLabel)

        self.entityFilter = QComboBox(AuditDialog)
        self.entityFilter.setObjectName(u"entityFilter")

        self.filterRow.addWidget(self.entityFilter)

        self.searchHolder = QWidget(AuditDialog)
        self.searchHolder.setObjectName(u"searchHolder")
        self.searchHolder.setMinimumSize(QSize(220, 0))

        self.filterRow.addWidget(self.searchHolder)


        self.layout.addLayout(self.filterRow)

        self.splitter = QSplitter(AuditDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.splitter.addWidget(self.table)
        self.detail = QPlainTextEdit(self.splitter)
        self.detail.setObjectName(u"detail")
        self.detail.setReadOnly(True)
        self.splitter.addWidget(self.detail)

        self.layout.addWidget(self.splitter)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.countLabel = QLabel(AuditDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.bottomRow.addWidget(self.countLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.spacer)

        self.exportButton = QPushButton(AuditDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.bottomRow.addWidget(self.exportButton)

        self.closeButton = QPushButton(AuditDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomRow.addWidget(self.closeButton)


        self.layout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.dateFrom)
        self.toLabel.setBuddy(self.dateTo)
        self.operatorLabel.setBuddy(self.operatorFilter)
        self.entityLabel.setBuddy(self.entityFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"Audit log", None))
        self.fromLabel.setText(QCoreApplication.translate("AuditDialog", u"&From", None))
        self.toLabel.setText(QCoreApplication.translate("AuditDialog", u"&To", None))
        self.operatorLabel.setText(QCoreApplication.translate("AuditDialog", u"&Operator", None))
        self.entityLabel.setText(QCoreApplication.translate("AuditDialog", u"&Kind", None))
        self.exportButton.setText(QCoreApplication.translate("AuditDialog", u"&Export to Excel\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("AuditDialog", u"&Close", None))
    # retranslateUi

