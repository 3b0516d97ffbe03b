# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

class Ui_WorkOrderDialog(object):
    def setupUi(self, WorkOrderDialog):
        if not WorkOrderDialog.objectName():
            WorkOrderDialog.setObjectName(u"WorkOrderDialog")
        WorkOrderDialog.resize(520, 420)
        self.layout = QVBoxLayout(WorkOrderDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(WorkOrderDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(WorkOrderDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.roomLabel = QLabel(WorkOrderDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomHolder = QWidget(WorkOrderDialog)
        self.roomHolder.setObjectName(u"roomHolder")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roomHolder)

        self.callLabel = QLabel(WorkOrderDialog)
        self.callLabel.setObjectName(u"callLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.callLabel)

        self.call = QComboBox(WorkOrderDialog)
        self.call.setObjectName(u"call")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.call)

        self.placeLabel = QLabel(WorkOrderDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(WorkOrderDialog)
        self.place.setObjectName(u"place")
        self.place.setMaxLength(64)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.place)

        self.anonymous = QCheckBox(WorkOrderDialog)
        self.anonymous.setObjectName(u"anonymous")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.anonymous)

        self.reporterLabel = QLabel(WorkOrderDialog)
        self.reporterLabel.setObjectName(u"reporterLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reporterLabel)

        self.reporterRow = QHBoxLayout()
        self.reporterRow.setSpacing(6)
        self.reporterRow.setObjectName(u"reporterRow")
        self.reporter = QLineEdit(WorkOrderDialog)
        self.reporter.setObjectName(u"reporter")
        self.reporter.setMaxLength(64)

        self.reporterRow.addWidget(self.reporter)

        self.reporterCount = QLabel(WorkOrderDialog)
        self.reporterCount.setObjectName(u"reporterCount")
        self.reporterCount.setStyleSheet(u"color:#888")
        self.reporterCount.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.reporterRow.addWidget(self.reporterCount)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.reporterRow)

        self.phoneLabel = QLabel(WorkOrderDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(WorkOrderDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone)

        self.channelLabel = QLabel(WorkOrderDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channel = QComboBox(WorkOrderDialog)
        self.channel.setObjectName(u"channel")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.channel)

        self.categoryLabel = QLabel(WorkOrderDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(WorkOrderDialog)
        self.category.setObjectName(u"category")
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.setMaxVisibleItems(15)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.category)

        self.contentLabel = QLabel(WorkOrderDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentRow = QVBoxLayout()
        self.contentRow.setSpacing(2)
        self.contentRow.setObjectName(u"contentRow")
        self.content = QPlainTextEdit(WorkOrderDialog)
        self.content.setObjectName(u"content")
        self.content.setTabChangesFocus(True)
        self.content.setMaximumSize(QSize(16777215, 80))

        self.contentRow.addWidget(self.content)

        self.contentCount = QLabel(WorkOrderDialog)
        self.contentCount.setObjectName(u"contentCount")
        self.contentCount.setStyleSheet(u"color:#888")
        self.contentCount.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.contentRow.addWidget(self.contentCount)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.contentRow)

        self.preferredLabel = QLabel(WorkOrderDialog)
        self.preferredLabel.setObjectName(u"preferredLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.preferredLabel)

        self.preferred = QLineEdit(WorkOrderDialog)
        self.preferred.setObjectName(u"preferred")
        self.preferred.setMaxLength(64)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.preferred)

        self.askedReply = QCheckBox(WorkOrderDialog)
        self.askedReply.setObjectName(u"askedReply")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.askedReply)

        self.askedReplyAt = QDateTimeEdit(WorkOrderDialog)
        self.askedReplyAt.setObjectName(u"askedReplyAt")
        self.askedReplyAt.setEnabled(False)
        self.askedReplyAt.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.askedReplyAt.setCalendarPopup(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.askedReplyAt)

        self.severityLabel = QLabel(WorkOrderDialog)
        self.severityLabel.setObjectName(u"severityLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.severityLabel)

        self.severity = QComboBox(WorkOrderDialog)
        self.severity.setObjectName(u"severity")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.severity)

        self.urgent = QCheckBox(WorkOrderDialog)
        self.urgent.setObjectName(u"urgent")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.urgent)

        self.urgencyHint = QLabel(WorkOrderDialog)
        self.urgencyHint.setObjectName(u"urgencyHint")
        self.urgencyHint.setWordWrap(True)
        self.urgencyHint.setStyleSheet(u"color:#555")

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.urgencyHint)

        self.hint = QLabel(WorkOrderDialog)
        self.hint.setObjectName(u"hint")

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.hint)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(WorkOrderDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.callLabel.setBuddy(self.call)
        self.placeLabel.setBuddy(self.place)
        self.reporterLabel.setBuddy(self.reporter)
        self.phoneLabel.setBuddy(self.phone)
        self.channelLabel.setBuddy(self.channel)
        self.categoryLabel.setBuddy(self.category)
        self.contentLabel.setBuddy(self.content)
        self.preferredLabel.setBuddy(self.preferred)
        self.severityLabel.setBuddy(self.severity)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.roomHolder)
        QWidget.setTabOrder(self.roomHolder, self.call)
        QWidget.setTabOrder(self.call, self.place)
        QWidget.setTabOrder(self.place, self.anonymous)
        QWidget.setTabOrder(self.anonymous, self.reporter)
        QWidget.setTabOrder(self.reporter, self.phone)
        QWidget.setTabOrder(self.phone, self.channel)
        QWidget.setTabOrder(self.channel, self.category)
        QWidget.setTabOrder(self.category, self.content)
        QWidget.setTabOrder(self.content, self.preferred)
        QWidget.setTabOrder(self.preferred, self.askedReply)
        QWidget.setTabOrder(self.askedReply, self.askedReplyAt)
        QWidget.setTabOrder(self.askedReplyAt, self.severity)
        QWidget.setTabOrder(self.severity, self.urgent)

        self.retranslateUi(WorkOrderDialog)
    # setupUi

    def retranslateUi(self, WorkOrderDialog):
        WorkOrderDialog.setWindowTitle(QCoreApplication.translate("WorkOrderDialog", u"New work order", None))
        self.kindLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"&Type *", None))
        self.roomLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"&Room", None))
        self.callLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"From a &call", None))
        self.placeLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"or &place", None))
        self.place.setPlaceholderText(QCoreApplication.translate("WorkOrderDialog", u"a common area, e.g. 3\u680b\u7535\u68af", None))
        self.anonymous.setText(QCoreApplication.translate("WorkOrderDialog", u"Anon&ymous (complaints only)", None))
        self.reporterLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"Reported &by", None))
        self.phoneLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"P&hone", None))
        self.channelLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"Cha&nnel", None))
        self.categoryLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"Cate&gory", None))
        self.contentLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"&What is wrong *", None))
        self.preferredLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"Pre&ferred time", None))
        self.askedReply.setText(QCoreApplication.translate("WorkOrderDialog", u"Reply as&ked by", None))
#if QT_CONFIG(tooltip)
        self.askedReply.setToolTip(QCoreApplication.translate("WorkOrderDialog", u"The complainant asked to be answered by this time: it is the reply deadline", None))
#endif // QT_CONFIG(tooltip)
        self.severityLabel.setText(QCoreApplication.translate("WorkOrderDialog", u"&Severity", None))
        self.urgent.setText(QCoreApplication.translate("WorkOrderDialog", u"&Urgent", None))
    # retranslateUi

