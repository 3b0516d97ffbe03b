# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_SelfTestDialog(object):
    def setupUi(self, SelfTestDialog):
        if not SelfTestDialog.objectName():
            SelfTestDialog.setObjectName(u"SelfTestDialog")
        SelfTestDialog.resize(720, 480)
        self.layout = QVBoxLayout(SelfTestDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(SelfTestDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.progress = QProgressBar(SelfTestDialog)
        self.progress.setObjectName(u"progress")

        self.layout.addWidget(self.progress)

        self.output = QPlainTextEdit(SelfTestDialog)
        self.output.setObjectName(u"output")
        self.output.setReadOnly(True)

        self.layout.addWidget(self.output)

        self.summary = QLabel(SelfTestDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer)

        self.closeButton = QPushButton(SelfTestDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)


        self.retranslateUi(SelfTestDialog)
    # setupUi

    def retranslateUi(self, SelfTestDialog):
        SelfTestDialog.setWindowTitle(QCoreApplication.translate("SelfTestDialog", u"Self-test", None))
        self.info.setText(QCoreApplication.translate("SelfTestDialog", u"The program checks, on throw-away data in a temporary folder, that it can do its whole job: papers, exports, search, the main window. Your data is not opened. It takes about half a minute.", None))
        self.closeButton.setText(QCoreApplication.translate("SelfTestDialog", u"&Close", None))
    # retranslateUi

