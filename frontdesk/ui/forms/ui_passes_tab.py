# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSplitter, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_PassesTab(object):
    def setupUi(self, PassesTab):
        if not PassesTab.objectName():
            PassesTab.setObjectName(u"PassesTab")
        self.layout = QVBoxLayout(PassesTab)
        self.layout.setObjectName(u"layout")
        self.verifyRow = QHBoxLayout()
        self.verifyRow.setObjectName(u"verifyRow")
        self.verifyLabel = QLabel(PassesTab)
        self.verifyLabel.setObjectName(u"verifyLabel")

        self.verifyRow.addWidget(self.verifyLabel)

        self.verify = QLineEdit(PassesTab)
        self.verify.setObjectName(u"verify")
        self.verify.setMinimumWidth(200)

        self.verifyRow.addWidget(self.verify)

        self.verifyResult = QLabel(PassesTab)
        self.verifyResult.setObjectName(u"verifyResult")
        self.verifyResult.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.verifyResult.sizePolicy().hasHeightForWidth())
        self.verifyResult.setSizePolicy(sizePolicy)

        self.verifyRow.addWidget(self.verifyResult)


        self.layout.addLayout(self.verifyRow)

        self.sections = QTabWidget(PassesTab)
        self.sections.setObjectName(u"sections")
        self.boardPage = QWidget()
        self.boardPage.setObjectName(u"boardPage")
        self.boardLayout = QVBoxLayout(self.boardPage)
        self.boardLayout.setObjectName(u"boardLayout")
        self.board = QTableWidget(self.boardPage)
        self.board.setObjectName(u"board")
        self.board.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.board.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.board.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.boardLayout.addWidget(self.board)

        self.boardHint = QLabel(self.boardPage)
        self.boardHint.setObjectName(u"boardHint")
        self.boardHint.setWordWrap(True)

        self.boardLayout.addWidget(self.boardHint)

        self.sections.addTab(self.boardPage, "")
        self.renovationsPage = QWidget()
        self.renovationsPage.setObjectName(u"renovationsPage")
        self.renovationsLayout = QVBoxLayout(self.renovationsPage)
        self.renovationsLayout.setObjectName(u"renovationsLayout")
        self.renoFilterRow = QHBoxLayout()
        self.renoFilterRow.setObjectName(u"renoFilterRow")
        self.renoStateLabel = QLabel(self.renovationsPage)
        self.renoStateLabel.setObjectName(u"renoStateLabel")

        self.renoFilterRow.addWidget(self.renoStateLabel)

        self.renoState = QComboBox(self.renovationsPage)
        self.renoState.setObjectName(u"renoState")

        self.renoFilterRow.addWidget(self.renoState)

        self.renoSearchHolder = QWidget(self.renovationsPage)
        self.renoSearchHolder.setObjectName(u"renoSearchHolder")
        sizePolicy.setHeightForWidth(self.renoSearchHolder.sizePolicy().hasHeightForWidth())
        self.renoSearchHolder.setSizePolicy(sizePolicy)

        self.renoFilterRow.addWidget(self.renoSearchHolder)


        self.renovationsLayout.addLayout(self.renoFilterRow)

        self.renoSplitter = QSplitter(self.renovationsPage)
        self.renoSplitter.setObjectName(u"renoSplitter")
        self.renoSplitter.setOrientation(Qt.Orientation.Vertical)
        self.renovations = QTableWidget(self.renoSplitter)
        self.renovations.setObjectName(u"renovations")
        self.renovations.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.renovations.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.renovations.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.renoSplitter.addWidget(self.renovations)
        self.renoDetail = QPlainTextEdit(self.renoSplitter)
        self.renoDetail.setObjectName(u"renoDetail")
        self.renoDetail.setReadOnly(True)
        self.renoSplitter.addWidget(self.renoDetail)

        self.renovationsLayout.addWidget(self.renoSplitter)

        self.renoActions = QGridLayout()
        self.renoActions.setObjectName(u"renoActions")
        self.applyButton = QPushButton(self.renovationsPage)
        self.applyButton.setObjectName(u"applyButton")

        self.renoActions.addWidget(self.applyButton, 0, 0, 1, 1)

        self.testButton = QPushButton(self.renovationsPage)
        self.testButton.setObjectName(u"testButton")

        self.renoActions.addWidget(self.testButton, 0, 1, 1, 1)

        self.approveButton = QPushButton(self.renovationsPage)
        self.approveButton.setObjectName(u"approveButton")

        self.renoActions.addWidget(self.approveButton, 0, 2, 1, 1)

        self.payButton = QPushButton(self.renovationsPage)
        self.payButton.setObjectName(u"payButton")

        self.renoActions.addWidget(self.payButton, 0, 3, 1, 1)

        self.issueButton = QPushButton(self.renovationsPage)
        self.issueButton.setObjectName(u"issueButton")

        self.renoActions.addWidget(self.issueButton, 0, 4, 1, 1)

        self.inspectButton = QPushButton(self.renovationsPage)
        self.inspectButton.setObjectName(u"inspectButton")

        self.renoActions.addWidget(self.inspectButton, 0, 5, 1, 1)

        self.extendButton = QPushButton(self.renovationsPage)
        self.extendButton.setObjectName(u"extendButton")

        self.renoActions.addWidget(self.extendButton, 1, 0, 1, 1)

        self.suspendButton = QPushButton(self.renovationsPage)
        self.suspendButton.setObjectName(u"suspendButton")

        self.renoActions.addWidget(self.suspendButton, 1, 1, 1, 1)

        self.acceptButton = QPushButton(self.renovationsPage)
        self.acceptButton.setObjectName(u"acceptButton")

        self.renoActions.addWidget(self.acceptButton, 1, 2, 1, 1)

        self.refundButton = QPushButton(self.renovationsPage)
        self.refundButton.setObjectName(u"refundButton")

        self.renoActions.addWidget(self.refundButton, 1, 3, 1, 1)

        self.voidButton = QPushButton(self.renovationsPage)
        self.voidButton.setObjectName(u"voidButton")

        self.renoActions.addWidget(self.voidButton, 1, 4, 1, 1)

        self.listButton = QPushButton(self.renovationsPage)
        self.listButton.setObjectName(u"listButton")

        self.renoActions.addWidget(self.listButton, 1, 5, 1, 1)


        self.renovationsLayout.addLayout(self.renoActions)

        self.sections.addTab(self.renovationsPage, "")
        self.docsPage = QWidget()
        self.docsPage.setObjectName(u"docsPage")
        self.docsLayout = QVBoxLayout(self.docsPage)
        self.docsLayout.setObjectName(u"docsLayout")
        self.docFilterRow = QHBoxLayout()
        self.docFilterRow.setObjectName(u"docFilterRow")
        self.docKindLabel = QLabel(self.docsPage)
        self.docKindLabel.setObjectName(u"docKindLabel")

        self.docFilterRow.addWidget(self.docKindLabel)

        self.docKind = QComboBox(self.docsPage)
        self.docKind.setObjectName(u"docKind")

        self.docFilterRow.addWidget(self.docKind)

        self.liveOnly = QCheckBox(self.docsPage)
        self.liveOnly.setObjectName(u"liveOnly")
        self.liveOnly.setChecked(True)

        self.docFilterRow.addWidget(self.liveOnly)

        self.docSearchHolder = QWidget(self.docsPage)
        self.docSearchHolder.setObjectName(u"docSearchHolder")
        sizePolicy.setHeightForWidth(self.docSearchHolder.sizePolicy().hasHeightForWidth())
        self.docSearchHolder.setSizePolicy(sizePolicy)

        self.docFilterRow.addWidget(self.docSearchHolder)


        self.docsLayout.addLayout(self.docFilterRow)

        self.docSplitter = QSplitter(self.docsPage)
        self.docSplitter.setObjectName(u"docSplitter")
        self.docSplitter.setOrientation(Qt.Orientation.Vertical)
        self.docs = QTableWidget(self.docSplitter)
        self.docs.setObjectName(u"docs")
        self.docs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.docs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.docs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.docSplitter.addWidget(self.docs)
        self.docDetail = QPlainTextEdit(self.docSplitter)
        self.docDetail.setObjectName(u"docDetail")
        self.docDetail.setReadOnly(True)
        self.docSplitter.addWidget(self.docDetail)

        self.docsLayout.addWidget(self.docSplitter)

        self.docActions = QGridLayout()
        self.docActions.setObjectName(u"docActions")
        self.workerButton = QPushButton(self.docsPage)
        self.workerButton.setObjectName(u"workerButton")

        self.docActions.addWidget(self.workerButton, 0, 0, 1, 1)

        self.tempButton = QPushButton(self.docsPage)
        self.tempButton.setObjectName(u"tempButton")

        self.docActions.addWidget(self.tempButton, 0, 1, 1, 1)

        self.hotButton = QPushButton(self.docsPage)
        self.hotButton.setObjectName(u"hotButton")

        self.docActions.addWidget(self.hotButton, 0, 2, 1, 1)

        self.releaseButton = QPushButton(self.docsPage)
        self.releaseButton.setObjectName(u"releaseButton")

        self.docActions.addWidget(self.releaseButton, 0, 3, 1, 1)

        self.printButton = QPushButton(self.docsPage)
        self.printButton.setObjectName(u"printButton")

        self.docActions.addWidget(self.printButton, 0, 4, 1, 1)

        self.returnButton = QPushButton(self.docsPage)
        self.returnButton.setObjectName(u"returnButton")

        self.docActions.addWidget(self.returnButton, 1, 0, 1, 1)

        self.lostButton = QPushButton(self.docsPage)
        self.lostButton.setObjectName(u"lostButton")

        self.docActions.addWidget(self.lostButton, 1, 1, 1, 1)

        self.closeButton = QPushButton(self.docsPage)
        self.closeButton.setObjectName(u"closeButton")

        self.docActions.addWidget(self.closeButton, 1, 2, 1, 1)

        self.voidDocButton = QPushButton(self.docsPage)
        self.voidDocButton.setObjectName(u"voidDocButton")

        self.docActions.addWidget(self.voidDocButton, 1, 3, 1, 1)

        self.approveHotButton = QPushButton(self.docsPage)
        self.approveHotButton.setObjectName(u"approveHotButton")

        self.docActions.addWidget(self.approveHotButton, 0, 5, 1, 1)

        self.extendHotButton = QPushButton(self.docsPage)
        self.extendHotButton.setObjectName(u"extendHotButton")

        self.docActions.addWidget(self.extendHotButton, 1, 4, 1, 1)


        self.docsLayout.addLayout(self.docActions)

        self.sections.addTab(self.docsPage, "")

        self.layout.addWidget(self.sections)

#if QT_CONFIG(shortcut)
        self.verifyLabel.setBuddy(self.verify)
        self.renoStateLabel.setBuddy(self.renoState)
        self.docKindLabel.setBuddy(self.docKind)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PassesTab)
    # setupUi

    def retranslateUi(self, PassesTab):
        self.verifyLabel.setText(QCoreApplication.translate("PassesTab", u"Check a paper (scan or type its number) (&Q)", None))
        self.sections.setTabText(self.sections.indexOf(self.boardPage), QCoreApplication.translate("PassesTab", u"Needs attention (&B)", None))
        self.renoStateLabel.setText(QCoreApplication.translate("PassesTab", u"&Of state", None))
        self.applyButton.setText(QCoreApplication.translate("PassesTab", u"&Apply\u2026 (Ctrl+N)", None))
        self.testButton.setText(QCoreApplication.translate("PassesTab", u"&Tests and sign-off\u2026", None))
        self.approveButton.setText(QCoreApplication.translate("PassesTab", u"Appro&ve", None))
        self.payButton.setText(QCoreApplication.translate("PassesTab", u"Take the &money\u2026", None))
        self.issueButton.setText(QCoreApplication.translate("PassesTab", u"Issue and &print", None))
        self.inspectButton.setText(QCoreApplication.translate("PassesTab", u"&Inspection\u2026", None))
        self.extendButton.setText(QCoreApplication.translate("PassesTab", u"&Extend\u2026", None))
        self.suspendButton.setText(QCoreApplication.translate("PassesTab", u"Stop / resume &works\u2026", None))
        self.acceptButton.setText(QCoreApplication.translate("PassesTab", u"Acceptan&ce\u2026", None))
        self.refundButton.setText(QCoreApplication.translate("PassesTab", u"Refund the contractor's deposit\u2026 (&K)", None))
        self.voidButton.setText(QCoreApplication.translate("PassesTab", u"Voi&d\u2026", None))
        self.listButton.setText(QCoreApplication.translate("PassesTab", u"Rooms under renovation (&L)", None))
        self.sections.setTabText(self.sections.indexOf(self.renovationsPage), QCoreApplication.translate("PassesTab", u"Renovations (&Z)", None))
        self.docKindLabel.setText(QCoreApplication.translate("PassesTab", u"&Of kind", None))
        self.liveOnly.setText(QCoreApplication.translate("PassesTab", u"&In force only", None))
        self.workerButton.setText(QCoreApplication.translate("PassesTab", u"&Worker pass\u2026", None))
        self.tempButton.setText(QCoreApplication.translate("PassesTab", u"Temporar&y pass\u2026", None))
        self.hotButton.setText(QCoreApplication.translate("PassesTab", u"Hot-wor&k permit\u2026", None))
        self.releaseButton.setText(QCoreApplication.translate("PassesTab", u"&Goods release slip\u2026", None))
        self.printButton.setText(QCoreApplication.translate("PassesTab", u"Pri&nt (Ctrl+P)", None))
        self.returnButton.setText(QCoreApplication.translate("PassesTab", u"Ret&urn the pass\u2026", None))
        self.lostButton.setText(QCoreApplication.translate("PassesTab", u"Pass &lost\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PassesTab", u"&Close hot work\u2026", None))
        self.voidDocButton.setText(QCoreApplication.translate("PassesTab", u"Voi&d\u2026", None))
        self.approveHotButton.setText(QCoreApplication.translate("PassesTab", u"Approve hot work (&P)", None))
        self.extendHotButton.setText(QCoreApplication.translate("PassesTab", u"Extend hot work\u2026 (&T)", None))
        self.sections.setTabText(self.sections.indexOf(self.docsPage), QCoreApplication.translate("PassesTab", u"Passes and slips (&X)", None))
        pass
    # retranslateUi

