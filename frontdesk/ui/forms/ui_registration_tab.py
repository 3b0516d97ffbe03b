# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QTableWidget, QTextBrowser, QVBoxLayout, QWidget)

class Ui_RegistrationTab(object):
    def setupUi(self, RegistrationTab):
        if not RegistrationTab.objectName():
            RegistrationTab.setObjectName(u"RegistrationTab")
        self.layout = QVBoxLayout(RegistrationTab)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.searchHolder = QWidget(RegistrationTab)
        self.searchHolder.setObjectName(u"searchHolder")
        self.searchHolder.setMinimumSize(QSize(320, 0))

        self.topRow.addWidget(self.searchHolder)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.buildingButton = QPushButton(RegistrationTab)
        self.buildingButton.setObjectName(u"buildingButton")

        self.topRow.addWidget(self.buildingButton)

        self.importButton = QPushButton(RegistrationTab)
        self.importButton.setObjectName(u"importButton")

        self.topRow.addWidget(self.importButton)

        self.templateButton = QPushButton(RegistrationTab)
        self.templateButton.setObjectName(u"templateButton")

        self.topRow.addWidget(self.templateButton)


        self.layout.addLayout(self.topRow)

        self.sections = QTabWidget(RegistrationTab)
        self.sections.setObjectName(u"sections")
        self.roomsPage = QWidget()
        self.roomsPage.setObjectName(u"roomsPage")
        self.roomsLayout = QHBoxLayout(self.roomsPage)
        self.roomsLayout.setObjectName(u"roomsLayout")
        self.roomListColumn = QVBoxLayout()
        self.roomListColumn.setObjectName(u"roomListColumn")
        self.roomFilterRow = QHBoxLayout()
        self.roomFilterRow.setObjectName(u"roomFilterRow")
        self.buildingLabel = QLabel(self.roomsPage)
        self.buildingLabel.setObjectName(u"buildingLabel")

        self.roomFilterRow.addWidget(self.buildingLabel)

        self.buildingFilter = QComboBox(self.roomsPage)
        self.buildingFilter.setObjectName(u"buildingFilter")

        self.roomFilterRow.addWidget(self.buildingFilter)

        self.stateLabel = QLabel(self.roomsPage)
        self.stateLabel.setObjectName(u"stateLabel")

        self.roomFilterRow.addWidget(self.stateLabel)

        self.stateFilter = QComboBox(self.roomsPage)
        self.stateFilter.setObjectName(u"stateFilter")

        self.roomFilterRow.addWidget(self.stateFilter)


        self.roomListColumn.addLayout(self.roomFilterRow)

        self.roomsTable = QTableView(self.roomsPage)
        self.roomsTable.setObjectName(u"roomsTable")
        self.roomsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roomsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roomsTable.setSortingEnabled(True)

        self.roomListColumn.addWidget(self.roomsTable)

        self.roomCount = QLabel(self.roomsPage)
        self.roomCount.setObjectName(u"roomCount")

        self.roomListColumn.addWidget(self.roomCount)


        self.roomsLayout.addLayout(self.roomListColumn)

        self.cardColumn = QVBoxLayout()
        self.cardColumn.setObjectName(u"cardColumn")
        self.card = QTextBrowser(self.roomsPage)
        self.card.setObjectName(u"card")
        self.card.setOpenLinks(False)
        self.card.setMinimumSize(QSize(380, 0))

        self.cardColumn.addWidget(self.card)

        self.cardButtons = QGridLayout()
        self.cardButtons.setObjectName(u"cardButtons")
        self.callButton = QPushButton(self.roomsPage)
        self.callButton.setObjectName(u"callButton")

        self.cardButtons.addWidget(self.callButton, 0, 0, 1, 1)

        self.personButton = QPushButton(self.roomsPage)
        self.personButton.setObjectName(u"personButton")

        self.cardButtons.addWidget(self.personButton, 0, 1, 1, 1)

        self.custodyButton = QPushButton(self.roomsPage)
        self.custodyButton.setObjectName(u"custodyButton")

        self.cardButtons.addWidget(self.custodyButton, 1, 0, 1, 1)

        self.smallButton = QPushButton(self.roomsPage)
        self.smallButton.setObjectName(u"smallButton")

        self.cardButtons.addWidget(self.smallButton, 1, 1, 1, 1)

        self.editRoomButton = QPushButton(self.roomsPage)
        self.editRoomButton.setObjectName(u"editRoomButton")

        self.cardButtons.addWidget(self.editRoomButton, 2, 0, 1, 1)

        self.historyButton = QPushButton(self.roomsPage)
        self.historyButton.setObjectName(u"historyButton")

        self.cardButtons.addWidget(self.historyButton, 2, 1, 1, 1)

        self.feesButton = QPushButton(self.roomsPage)
        self.feesButton.setObjectName(u"feesButton")

        self.cardButtons.addWidget(self.feesButton, 3, 0, 1, 1)

        self.moveInButton = QPushButton(self.roomsPage)
        self.moveInButton.setObjectName(u"moveInButton")

        self.cardButtons.addWidget(self.moveInButton, 3, 1, 1, 1)


        self.cardColumn.addLayout(self.cardButtons)


        self.roomsLayout.addLayout(self.cardColumn)

        self.sections.addTab(self.roomsPage, "")
        self.custodyPage = QWidget()
        self.custodyPage.setObjectName(u"custodyPage")
        self.custodyLayout = QVBoxLayout(self.custodyPage)
        self.custodyLayout.setObjectName(u"custodyLayout")
        self.custodyTable = QTableWidget(self.custodyPage)
        self.custodyTable.setObjectName(u"custodyTable")
        self.custodyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.custodyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.custodyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.custodyLayout.addWidget(self.custodyTable)

        self.custodyButtons = QHBoxLayout()
        self.custodyButtons.setObjectName(u"custodyButtons")
        self.custodyHint = QLabel(self.custodyPage)
        self.custodyHint.setObjectName(u"custodyHint")
        self.custodyHint.setWordWrap(True)

        self.custodyButtons.addWidget(self.custodyHint)

        self.custodySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.custodyButtons.addItem(self.custodySpacer)

        self.inspectButton = QPushButton(self.custodyPage)
        self.inspectButton.setObjectName(u"inspectButton")

        self.custodyButtons.addWidget(self.inspectButton)

        self.endCustodyButton = QPushButton(self.custodyPage)
        self.endCustodyButton.setObjectName(u"endCustodyButton")

        self.custodyButtons.addWidget(self.endCustodyButton)


        self.custodyLayout.addLayout(self.custodyButtons)

        self.sections.addTab(self.custodyPage, "")
        self.callsPage = QWidget()
        self.callsPage.setObjectName(u"callsPage")
        self.callsLayout = QVBoxLayout(self.callsPage)
        self.callsLayout.setObjectName(u"callsLayout")
        self.callFilterRow = QHBoxLayout()
        self.callFilterRow.setObjectName(u"callFilterRow")
        self.callFromLabel = QLabel(self.callsPage)
        self.callFromLabel.setObjectName(u"callFromLabel")

        self.callFilterRow.addWidget(self.callFromLabel)

        self.callFrom = QDateEdit(self.callsPage)
        self.callFrom.setObjectName(u"callFrom")
        self.callFrom.setCalendarPopup(True)
        self.callFrom.setDisplayFormat(u"yyyy-MM-dd")

        self.callFilterRow.addWidget(self.callFrom)

        self.callToLabel = QLabel(self.callsPage)
        self.callToLabel.setObjectName(u"callToLabel")

        self.callFilterRow.addWidget(self.callToLabel)

        self.callTo = QDateEdit(self.callsPage)
        self.callTo.setObjectName(u"callTo")
        self.callTo.setCalendarPopup(True)
        self.callTo.setDisplayFormat(u"yyyy-MM-dd")

        self.callFilterRow.addWidget(self.callTo)

        self.channelFilter = QComboBox(self.callsPage)
        self.channelFilter.setObjectName(u"channelFilter")

        self.callFilterRow.addWidget(self.channelFilter)

        self.overdueOnly = QCheckBox(self.callsPage)
        self.overdueOnly.setObjectName(u"overdueOnly")

        self.callFilterRow.addWidget(self.overdueOnly)

        self.callSearch = QLineEdit(self.callsPage)
        self.callSearch.setObjectName(u"callSearch")

        self.callFilterRow.addWidget(self.callSearch)


        self.callsLayout.addLayout(self.callFilterRow)

        self.callsTable = QTableView(self.callsPage)
        self.callsTable.setObjectName(u"callsTable")
        self.callsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.callsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.callsLayout.addWidget(self.callsTable)

        self.callButtons = QHBoxLayout()
        self.callButtons.setObjectName(u"callButtons")
        self.callCount = QLabel(self.callsPage)
        self.callCount.setObjectName(u"callCount")

        self.callButtons.addWidget(self.callCount)

        self.callSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.callButtons.addItem(self.callSpacer)

        self.newCallButton = QPushButton(self.callsPage)
        self.newCallButton.setObjectName(u"newCallButton")

        self.callButtons.addWidget(self.newCallButton)

        self.repliedButton = QPushButton(self.callsPage)
        self.repliedButton.setObjectName(u"repliedButton")

        self.callButtons.addWidget(self.repliedButton)

        self.workOrderButton = QPushButton(self.callsPage)
        self.workOrderButton.setObjectName(u"workOrderButton")

        self.callButtons.addWidget(self.workOrderButton)


        self.callsLayout.addLayout(self.callButtons)

        self.sections.addTab(self.callsPage, "")
        self.smallPage = QWidget()
        self.smallPage.setObjectName(u"smallPage")
        self.smallLayout = QVBoxLayout(self.smallPage)
        self.smallLayout.setObjectName(u"smallLayout")
        self.smallFilterRow = QHBoxLayout()
        self.smallFilterRow.setObjectName(u"smallFilterRow")
        self.batchLabel = QLabel(self.smallPage)
        self.batchLabel.setObjectName(u"batchLabel")

        self.smallFilterRow.addWidget(self.batchLabel)

        self.batchDate = QDateEdit(self.smallPage)
        self.batchDate.setObjectName(u"batchDate")
        self.batchDate.setCalendarPopup(True)
        self.batchDate.setDisplayFormat(u"yyyy-MM-dd")

        self.smallFilterRow.addWidget(self.batchDate)

        self.smallSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.smallFilterRow.addItem(self.smallSpacer)

        self.doneButton = QPushButton(self.smallPage)
        self.doneButton.setObjectName(u"doneButton")

        self.smallFilterRow.addWidget(self.doneButton)


        self.smallLayout.addLayout(self.smallFilterRow)

        self.smallTable = QTableWidget(self.smallPage)
        self.smallTable.setObjectName(u"smallTable")
        self.smallTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.smallTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.smallTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.smallLayout.addWidget(self.smallTable)

        self.sections.addTab(self.smallPage, "")

        self.layout.addWidget(self.sections)

#if QT_CONFIG(shortcut)
        self.buildingLabel.setBuddy(self.buildingFilter)
        self.stateLabel.setBuddy(self.stateFilter)
        self.callFromLabel.setBuddy(self.callFrom)
        self.callToLabel.setBuddy(self.callTo)
        self.batchLabel.setBuddy(self.batchDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegistrationTab)
    # setupUi

    def retranslateUi(self, RegistrationTab):
        self.buildingButton.setText(QCoreApplication.translate("RegistrationTab", u"&New building\u2026", None))
        self.importButton.setText(QCoreApplication.translate("RegistrationTab", u"&Import roster\u2026", None))
        self.templateButton.setText(QCoreApplication.translate("RegistrationTab", u"Roster &template\u2026", None))
        self.buildingLabel.setText(QCoreApplication.translate("RegistrationTab", u"&Building", None))
        self.stateLabel.setText(QCoreApplication.translate("RegistrationTab", u"&State", None))
        self.callButton.setText(QCoreApplication.translate("RegistrationTab", u"Log a &call (F2)", None))
        self.personButton.setText(QCoreApplication.translate("RegistrationTab", u"&Register a resident (F3)", None))
        self.custodyButton.setText(QCoreApplication.translate("RegistrationTab", u"C&ustody (F4)", None))
        self.smallButton.setText(QCoreApplication.translate("RegistrationTab", u"S&mall registration (F6)", None))
        self.editRoomButton.setText(QCoreApplication.translate("RegistrationTab", u"&Edit room\u2026", None))
        self.historyButton.setText(QCoreApplication.translate("RegistrationTab", u"&History", None))
        self.feesButton.setText(QCoreApplication.translate("RegistrationTab", u"Collect &fees (F8)", None))
        self.moveInButton.setText(QCoreApplication.translate("RegistrationTab", u"Mo&ve-in (F9)", None))
        self.sections.setTabText(self.sections.indexOf(self.roomsPage), QCoreApplication.translate("RegistrationTab", u"&1 Rooms", None))
        self.inspectButton.setText(QCoreApplication.translate("RegistrationTab", u"Record an &inspection\u2026", None))
        self.endCustodyButton.setText(QCoreApplication.translate("RegistrationTab", u"&End custody\u2026", None))
        self.sections.setTabText(self.sections.indexOf(self.custodyPage), QCoreApplication.translate("RegistrationTab", u"&2 Custody", None))
        self.callFromLabel.setText(QCoreApplication.translate("RegistrationTab", u"&From", None))
        self.callToLabel.setText(QCoreApplication.translate("RegistrationTab", u"&To", None))
        self.overdueOnly.setText(QCoreApplication.translate("RegistrationTab", u"&Overdue replies only", None))
        self.newCallButton.setText(QCoreApplication.translate("RegistrationTab", u"&New entry (F2)", None))
        self.repliedButton.setText(QCoreApplication.translate("RegistrationTab", u"Mark &replied", None))
        self.workOrderButton.setText(QCoreApplication.translate("RegistrationTab", u"Turned into a &work order", None))
        self.sections.setTabText(self.sections.indexOf(self.callsPage), QCoreApplication.translate("RegistrationTab", u"&3 Calls and visits", None))
        self.batchLabel.setText(QCoreApplication.translate("RegistrationTab", u"&Weekend batch of", None))
        self.doneButton.setText(QCoreApplication.translate("RegistrationTab", u"Mark &done", None))
        self.sections.setTabText(self.sections.indexOf(self.smallPage), QCoreApplication.translate("RegistrationTab", u"&4 Small registrations", None))
        pass
    # retranslateUi

