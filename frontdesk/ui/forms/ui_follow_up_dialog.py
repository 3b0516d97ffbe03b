# -*- coding: utf-8 -*-

################################################################################
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout)

class Ui_FollowUpDialog(object):
    def setupUi(self, FollowUpDialog):
        if not FollowUpDialog.objectName():
            FollowUpDialog.setObjectName(u"FollowUpDialog")
        FollowUpDialog.resize(460, 320)
        self.layout = QVBoxLayout(FollowUpDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(FollowUpDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.reached = QCheckBox(FollowUpDialog)
        self.reached.setObjectName(u"reached")
        self.reached.setChecked(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reached)

        self.onTime = QCheckBox(FollowUpDialog)
        self.onTime.setObjectName(u"onTime")
        self.onTime.setChecked(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.onTime)

        self.attitudeLabel = QLabel(FollowUpDialog)
        self.attitudeLabel.setObjectName(u"attitudeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.attitudeLabel)

        self.attitude = QComboBox(FollowUpDialog)
        self.attitude.setObjectName(u"attitude")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.attitude)

        self.skillLabel = QLabel(FollowUpDialog)
        self.skillLabel.setObjectName(u"skillLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.skillLabel)

        self.skill = QComboBox(FollowUpDialog)
        self.skill.setObjectName(u"skill")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.skill)

        self.mannersLabel = QLabel(FollowUpDialog)
        self.mannersLabel.setObjectName(u"mannersLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.mannersLabel)

        self.manners = QComboBox(FollowUpDialog)
        self.manners.setObjectName(u"manners")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.manners)

        self.satisfactionLabel = QLabel(FollowUpDialog)
        self.satisfactionLabel.setObjectName(u"satisfactionLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.satisfactionLabel)

        self.satisfaction = QSpinBox(FollowUpDialog)
        self.satisfaction.setObjectName(u"satisfaction")
        self.satisfaction.setMinimum(1)
        self.satisfaction.setMaximum(5)
        self.satisfaction.setValue(5)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.satisfaction)

        self.commentLabel = QLabel(FollowUpDialog)
        self.commentLabel.setObjectName(u"commentLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.commentRow = QHBoxLayout()
        self.commentRow.setSpacing(6)
        self.commentRow.setObjectName(u"commentRow")
        self.comment = QLineEdit(FollowUpDialog)
        self.comment.setObjectName(u"comment")
        self.comment.setMaxLength(200)

        self.commentRow.addWidget(self.comment)

        self.commentCount = QLabel(FollowUpDialog)
        self.commentCount.setObjectName(u"commentCount")
        self.commentCount.setStyleSheet(u"color:#888")
        self.commentCount.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.commentRow.addWidget(self.commentCount)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.commentRow)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(FollowUpDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.attitudeLabel.setBuddy(self.attitude)
        self.skillLabel.setBuddy(self.skill)
        self.mannersLabel.setBuddy(self.manners)
        self.satisfactionLabel.setBuddy(self.satisfaction)
        self.commentLabel.setBuddy(self.comment)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FollowUpDialog)
    # setupUi

    def retranslateUi(self, FollowUpDialog):
        FollowUpDialog.setWindowTitle(QCoreApplication.translate("FollowUpDialog", u"Follow-up call", None))
        self.reached.setText(QCoreApplication.translate("FollowUpDialog", u"The resident &answered", None))
        self.onTime.setText(QCoreApplication.translate("FollowUpDialog", u"The worker came &on time", None))
        self.attitudeLabel.setText(QCoreApplication.translate("FollowUpDialog", u"A&ttitude", None))
        self.skillLabel.setText(QCoreApplication.translate("FollowUpDialog", u"S&kill", None))
        self.mannersLabel.setText(QCoreApplication.translate("FollowUpDialog", u"&Manners", None))
        self.satisfactionLabel.setText(QCoreApplication.translate("FollowUpDialog", u"Overall &satisfaction (1\u20135)", None))
        self.commentLabel.setText(QCoreApplication.translate("FollowUpDialog", u"&Comment", None))
    # retranslateUi

