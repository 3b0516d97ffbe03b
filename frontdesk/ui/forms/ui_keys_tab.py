# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_KeysTab(object):
    def setupUi(self, KeysTab):
        if not KeysTab.objectName():
            KeysTab.setObjectName(u"KeysTab")
        KeysTab.resize(1100, 700)
        self.layout = QVBoxLayout(KeysTab)
        self.layout.setObjectName(u"layout")
        self.board = QLabel(KeysTab)
        self.board.setObjectName(u"board")
        self.board.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.board)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(KeysTab)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.search = QLineEdit(KeysTab)
        self.search.setObjectName(u"search")

        self.searchRow.addWidget(self.search)


        self.layout.addLayout(self.searchRow)

        self.split = QSplitter(KeysTab)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Orientation.Horizontal)
        self.sections = QTabWidget(self.split)
        self.sections.setObjectName(u"sections")
        self.outPage = QWidget()
        self.outPage.setObjectName(u"outPage")
        self.outLayout = QVBoxLayout(self.outPage)
        self.outLayout.setObjectName(u"outLayout")
        self.outTable = QTableWidget(self.outPage)
        self.outTable.setObjectName(u"outTable")
        self.outTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outTable.setTabKeyNavigation(False)

        self.outLayout.addWidget(self.outTable)

        self.sections.addTab(self.outPage, "")
        self.allPage = QWidget()
        self.allPage.setObjectName(u"allPage")
        self.allLayout = QVBoxLayout(self.allPage)
        self.allLayout.setObjectName(u"allLayout")
        self.stateRow = QHBoxLayout()
        self.stateRow.setObjectName(u"stateRow")
        self.stateLabel = QLabel(self.allPage)
        self.stateLabel.setObjectName(u"stateLabel")

        self.stateRow.addWidget(self.stateLabel)

        self.state = QComboBox(self.allPage)
        self.state.setObjectName(u"state")

        self.stateRow.addWidget(self.state)

        self.stateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stateRow.addItem(self.stateSpacer)


        self.allLayout.addLayout(self.stateRow)

        self.allTable = QTableWidget(self.allPage)
        self.allTable.setObjectName(u"allTable")
        self.allTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.allTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.allTable.setTabKeyNavigation(False)

        self.allLayout.addWidget(self.allTable)

        self.sections.addTab(self.allPage, "")
        self.cabinetPage = QWidget()
        self.cabinetPage.setObjectName(u"cabinetPage")
        self.cabinetLayout = QVBoxLayout(self.cabinetPage)
        self.cabinetLayout.setObjectName(u"cabinetLayout")
        self.cabinetScroll = QScrollArea(self.cabinetPage)
        self.cabinetScroll.setObjectName(u"cabinetScroll")
        self.cabinetScroll.setWidgetResizable(True)
        self.cabinet = QWidget()
        self.cabinet.setObjectName(u"cabinet")
        self.cabinetScroll.setWidget(self.cabinet)

        self.cabinetLayout.addWidget(self.cabinetScroll)

        self.sections.addTab(self.cabinetPage, "")
        self.countsPage = QWidget()
        self.countsPage.setObjectName(u"countsPage")
        self.countsLayout = QVBoxLayout(self.countsPage)
        self.countsLayout.setObjectName(u"countsLayout")
        self.countsTable = QTableWidget(self.countsPage)
        self.countsTable.setObjectName(u"countsTable")
        self.countsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.countsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.countsTable.setTabKeyNavigation(False)

        self.countsLayout.addWidget(self.countsTable)

        self.sections.addTab(self.countsPage, "")
        self.split.addWidget(self.sections)
        self.detail = QPlainTextEdit(self.split)
        self.detail.setObjectName(u"detail")
        self.detail.setReadOnly(True)
        self.split.addWidget(self.detail)

        self.layout.addWidget(self.split)

        self.buttons1 = QHBoxLayout()
        self.buttons1.setObjectName(u"buttons1")
        self.keep = QPushButton(KeysTab)
        self.keep.setObjectName(u"keep")

        self.buttons1.addWidget(self.keep)

        self.addPublic = QPushButton(KeysTab)
        self.addPublic.setObjectName(u"addPublic")

        self.buttons1.addWidget(self.addPublic)

        self.collect = QPushButton(KeysTab)
        self.collect.setObjectName(u"collect")

        self.buttons1.addWidget(self.collect)

        self.lend = QPushButton(KeysTab)
        self.lend.setObjectName(u"lend")

        self.buttons1.addWidget(self.lend)

        self.giveBack = QPushButton(KeysTab)
        self.giveBack.setObjectName(u"giveBack")

        self.buttons1.addWidget(self.giveBack)


        self.layout.addLayout(self.buttons1)

        self.buttons2 = QHBoxLayout()
        self.buttons2.setObjectName(u"buttons2")
        self.printPaper = QPushButton(KeysTab)
        self.printPaper.setObjectName(u"printPaper")

        self.buttons2.addWidget(self.printPaper)

        self.labels = QPushButton(KeysTab)
        self.labels.setObjectName(u"labels")

        self.buttons2.addWidget(self.labels)

        self.handover = QPushButton(KeysTab)
        self.handover.setObjectName(u"handover")

        self.buttons2.addWidget(self.handover)

        self.lost = QPushButton(KeysTab)
        self.lost.setObjectName(u"lost")

        self.buttons2.addWidget(self.lost)

        self.retire = QPushButton(KeysTab)
        self.retire.setObjectName(u"retire")

        self.buttons2.addWidget(self.retire)


        self.layout.addLayout(self.buttons2)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.search)
        self.stateLabel.setBuddy(self.state)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KeysTab)
    # setupUi

    def retranslateUi(self, KeysTab):
        self.searchLabel.setText(QCoreApplication.translate("KeysTab", u"Find (tag, room, place, borrower) (&W)", None))
        self.sections.setTabText(self.sections.indexOf(self.outPage), QCoreApplication.translate("KeysTab", u"Out now (&1)", None))
        self.stateLabel.setText(QCoreApplication.translate("KeysTab", u"Wh&ere", None))
        self.sections.setTabText(self.sections.indexOf(self.allPage), QCoreApplication.translate("KeysTab", u"All keys (&2)", None))
        self.sections.setTabText(self.sections.indexOf(self.cabinetPage), QCoreApplication.translate("KeysTab", u"Cabinet (&3)", None))
        self.sections.setTabText(self.sections.indexOf(self.countsPage), QCoreApplication.translate("KeysTab", u"Handover counts (&4)", None))
        self.keep.setText(QCoreApplication.translate("KeysTab", u"&Keep owner's keys\u2026 (Ctrl+K)", None))
        self.addPublic.setText(QCoreApplication.translate("KeysTab", u"P&ublic key\u2026", None))
        self.collect.setText(QCoreApplication.translate("KeysTab", u"Owner &gets them back\u2026", None))
        self.lend.setText(QCoreApplication.translate("KeysTab", u"&Lend\u2026 (Ctrl+J)", None))
        self.giveBack.setText(QCoreApplication.translate("KeysTab", u"Re&turned\u2026 (Ctrl+R)", None))
        self.printPaper.setText(QCoreApplication.translate("KeysTab", u"&Print (Ctrl+P)", None))
        self.labels.setText(QCoreApplication.translate("KeysTab", u"Tag la&bels\u2026", None))
        self.handover.setText(QCoreApplication.translate("KeysTab", u"Handover &count\u2026", None))
        self.lost.setText(QCoreApplication.translate("KeysTab", u"Lost\u2026 (&Y)", None))
        self.retire.setText(QCoreApplication.translate("KeysTab", u"Retire\u2026 (&D)", None))
        pass
    # retranslateUi

