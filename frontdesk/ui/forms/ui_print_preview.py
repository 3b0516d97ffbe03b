# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication)

from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PrintPreview(object):
    def setupUi(self, PrintPreview):
        if not PrintPreview.objectName():
            PrintPreview.setObjectName(u"PrintPreview")
        PrintPreview.resize(900, 760)
        self.layout = QVBoxLayout(PrintPreview)
        self.layout.setObjectName(u"layout")
        self.warning = QLabel(PrintPreview)
        self.warning.setObjectName(u"warning")
        self.warning.setWordWrap(True)
        self.warning.setVisible(False)
        self.warning.setStyleSheet(u"background:#fff3cd;color:#664d03;padding:6px;border:1px solid #ffe69c;")

        self.layout.addWidget(self.warning)

        self.viewHolder = QWidget(PrintPreview)
        self.viewHolder.setObjectName(u"viewHolder")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.viewHolder.sizePolicy().hasHeightForWidth())
        self.viewHolder.setSizePolicy(sizePolicy)

        self.layout.addWidget(self.viewHolder)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.pageLabel = QLabel(PrintPreview)
        self.pageLabel.setObjectName(u"pageLabel")

        self.buttonRow.addWidget(self.pageLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer)

        self.openButton = QPushButton(PrintPreview)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.saveButton = QPushButton(PrintPreview)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.printButton = QPushButton(PrintPreview)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.closeButton = QPushButton(PrintPreview)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)


        self.retranslateUi(PrintPreview)

        self.printButton.setDefault(True)

    # setupUi

    def retranslateUi(self, PrintPreview):
        PrintPreview.setWindowTitle(QCoreApplication.translate("PrintPreview", u"Print preview", None))
        self.openButton.setText(QCoreApplication.translate("PrintPreview", u"&Open in system viewer", None))
        self.saveButton.setText(QCoreApplication.translate("PrintPreview", u"&Save as PDF\u2026", None))
        self.printButton.setText(QCoreApplication.translate("PrintPreview", u"&Print\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PrintPreview", u"&Close", None))
    # retranslateUi

