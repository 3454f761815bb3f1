package id.rantai.notification.internal;

import id.rantai.support.ApiTest;

@ApiTest
class NotificationOnH2Test extends NotificationScenarios {}
