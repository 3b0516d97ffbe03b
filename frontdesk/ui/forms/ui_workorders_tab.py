# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_WorkOrdersTab(object):
    def setupUi(self, WorkOrdersTab):
        if not WorkOrdersTab.objectName():
            WorkOrdersTab.setObjectName(u"WorkOrdersTab")
        self.layout = QVBoxLayout(WorkOrdersTab)
        self.layout.setObjectName(u"layout")
        self.boardRow = QHBoxLayout()
        self.boardRow.setObjectName(u"boardRow")
        self.lateReplyButton = QPushButton(WorkOrdersTab)
        self.lateReplyButton.setObjectName(u"lateReplyButton")
        self.lateReplyButton.setCheckable(True)

        self.boardRow.addWidget(self.lateReplyButton)

        self.lateCompletionButton = QPushButton(WorkOrdersTab)
        self.lateCompletionButton.setObjectName(u"lateCompletionButton")
        self.lateCompletionButton.setCheckable(True)

        self.boardRow.addWidget(self.lateCompletionButton)

        self.followUpButton = QPushButton(WorkOrdersTab)
        self.followUpButton.setObjectName(u"followUpButton")
        self.followUpButton.setCheckable(True)

        self.boardRow.addWidget(self.followUpButton)

        self.notDispatchedButton = QPushButton(WorkOrdersTab)
        self.notDispatchedButton.setObjectName(u"notDispatchedButton")
        self.notDispatchedButton.setCheckable(True)

        self.boardRow.addWidget(self.notDispatchedButton)

        self.allButton = QPushButton(WorkOrdersTab)
        self.allButton.setObjectName(u"allButton")
        self.allButton.setCheckable(True)

        self.boardRow.addWidget(self.allButton)


        self.layout.addLayout(self.boardRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.kindLabel = QLabel(WorkOrdersTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterRow.addWidget(self.kindLabel)

        self.kindFilter = QComboBox(WorkOrdersTab)
        self.kindFilter.setObjectName(u"kindFilter")

        self.filterRow.addWidget(self.kindFilter)

        self.stateLabel = QLabel(WorkOrdersTab)
        self.stateLabel.setObjectName(u"stateLabel")

        self.filterRow.addWidget(self.stateLabel)

        self.stateFilter = QComboBox(WorkOrdersTab)
        self.stateFilter.setObjectName(u"stateFilter")

        self.filterRow.addWidget(self.stateFilter)

        self.departmentLabel = QLabel(WorkOrdersTab)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.filterRow.addWidget(self.departmentLabel)

        self.departmentFilter = QComboBox(WorkOrdersTab)
        self.departmentFilter.setObjectName(u"departmentFilter")

        self.filterRow.addWidget(self.departmentFilter)

        self.buildingLabel = QLabel(WorkOrdersTab)
        self.buildingLabel.setObjectName(u"buildingLabel")

        self.filterRow.addWidget(self.buildingLabel)

        self.buildingFilter = QComboBox(WorkOrdersTab)
        self.buildingFilter.setObjectName(u"buildingFilter")

        self.filterRow.addWidget(self.buildingFilter)

        self.sinceLabel = QLabel(WorkOrdersTab)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.filterRow.addWidget(self.sinceLabel)

        self.since = QDateEdit(WorkOrdersTab)
        self.since.setObjectName(u"since")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat(u"yyyy-MM-dd")

        self.filterRow.addWidget(self.since)

        self.searchHolder = QWidget(WorkOrdersTab)
        self.searchHolder.setObjectName(u"searchHolder")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.searchHolder.sizePolicy().hasHeightForWidth())
        self.searchHolder.setSizePolicy(sizePolicy)

        self.filterRow.addWidget(self.searchHolder)

        self.countLabel = QLabel(WorkOrdersTab)
        self.countLabel.setObjectName(u"countLabel")

        self.filterRow.addWidget(self.countLabel)


        self.layout.addLayout(self.filterRow)

        self.splitter = QSplitter(WorkOrdersTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.splitter.addWidget(self.table)
        self.detail = QPlainTextEdit(self.splitter)
        self.detail.setObjectName(u"detail")
        self.detail.setReadOnly(True)
        self.splitter.addWidget(self.detail)

        self.layout.addWidget(self.splitter)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.newButton = QPushButton(WorkOrdersTab)
        self.newButton.setObjectName(u"newButton")

        self.actionRow.addWidget(self.newButton)

        self.dispatchButton = QPushButton(WorkOrdersTab)
        self.dispatchButton.setObjectName(u"dispatchButton")

        self.actionRow.addWidget(self.dispatchButton)

        self.reassignButton = QPushButton(WorkOrdersTab)
        self.reassignButton.setObjectName(u"reassignButton")

        self.actionRow.addWidget(self.reassignButton)

        self.sendBackButton = QPushButton(WorkOrdersTab)
        self.sendBackButton.setObjectName(u"sendBackButton")

        self.actionRow.addWidget(self.sendBackButton)

        self.printButton = QPushButton(WorkOrdersTab)
        self.printButton.setObjectName(u"printButton")

        self.actionRow.addWidget(self.printButton)

        self.replyButton = QPushButton(WorkOrdersTab)
        self.replyButton.setObjectName(u"replyButton")

        self.actionRow.addWidget(self.replyButton)

        self.pauseButton = QPushButton(WorkOrdersTab)
        self.pauseButton.setObjectName(u"pauseButton")

        self.actionRow.addWidget(self.pauseButton)

        self.completeButton = QPushButton(WorkOrdersTab)
        self.completeButton.setObjectName(u"completeButton")

        self.actionRow.addWidget(self.completeButton)

        self.followButton = QPushButton(WorkOrdersTab)
        self.followButton.setObjectName(u"followButton")

        self.actionRow.addWidget(self.followButton)

        self.cancelButton = QPushButton(WorkOrdersTab)
        self.cancelButton.setObjectName(u"cancelButton")

        self.actionRow.addWidget(self.cancelButton)

        self.warrantyButton = QPushButton(WorkOrdersTab)
        self.warrantyButton.setObjectName(u"warrantyButton")

        self.actionRow.addWidget(self.warrantyButton)

        self.workersButton = QPushButton(WorkOrdersTab)
        self.workersButton.setObjectName(u"workersButton")

        self.actionRow.addWidget(self.workersButton)

        self.categoriesButton = QPushButton(WorkOrdersTab)
        self.categoriesButton.setObjectName(u"categoriesButton")

        self.actionRow.addWidget(self.categoriesButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)


        self.layout.addLayout(self.actionRow)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindFilter)
        self.stateLabel.setBuddy(self.stateFilter)
        self.departmentLabel.setBuddy(self.departmentFilter)
        self.buildingLabel.setBuddy(self.buildingFilter)
        self.sinceLabel.setBuddy(self.since)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table, self.newButton)
        QWidget.setTabOrder(self.newButton, self.dispatchButton)
        QWidget.setTabOrder(self.dispatchButton, self.printButton)

        self.retranslateUi(WorkOrdersTab)
    # setupUi

    def retranslateUi(self, WorkOrdersTab):
        self.allButton.setText(QCoreApplication.translate("WorkOrdersTab", u"&All orders", None))
        self.kindLabel.setText(QCoreApplication.translate("WorkOrdersTab", u"&Type", None))
        self.stateLabel.setText(QCoreApplication.translate("WorkOrdersTab", u"S&tate", None))
        self.departmentLabel.setText(QCoreApplication.translate("WorkOrdersTab", u"De&partment", None))
        self.buildingLabel.setText(QCoreApplication.translate("WorkOrdersTab", u"&Building", None))
        self.sinceLabel.setText(QCoreApplication.translate("WorkOrdersTab", u"Si&nce", None))
        self.newButton.setText(QCoreApplication.translate("WorkOrdersTab", u"&New order\u2026 (F7)", None))
        self.dispatchButton.setText(QCoreApplication.translate("WorkOrdersTab", u"&Dispatch\u2026", None))
        self.reassignButton.setText(QCoreApplication.translate("WorkOrdersTab", u"R&eassign\u2026", None))
        self.sendBackButton.setText(QCoreApplication.translate("WorkOrdersTab", u"Send bac&k\u2026", None))
        self.printButton.setText(QCoreApplication.translate("WorkOrdersTab", u"&Print slip", None))
        self.replyButton.setText(QCoreApplication.translate("WorkOrdersTab", u"Repl&y\u2026", None))
        self.pauseButton.setText(QCoreApplication.translate("WorkOrdersTab", u"Pa&use / resume\u2026", None))
        self.completeButton.setText(QCoreApplication.translate("WorkOrdersTab", u"&Complete\u2026", None))
        self.followButton.setText(QCoreApplication.translate("WorkOrdersTab", u"F&ollow-up call\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("WorkOrdersTab", u"Cance&l order\u2026", None))
        self.warrantyButton.setText(QCoreApplication.translate("WorkOrdersTab", u"Warrant&y of the room\u2026", None))
        self.workersButton.setText(QCoreApplication.translate("WorkOrdersTab", u"&Workers\u2026", None))
        self.categoriesButton.setText(QCoreApplication.translate("WorkOrdersTab", u"Categor&ies\u2026", None))
        pass
    # retranslateUi

