package id.rantai.notification.internal;

import id.rantai.support.ApiTest;
import id.rantai.support.OnPostgres;

@ApiTest
@OnPostgres
class NotificationOnPostgresTest extends NotificationScenarios {}
