package id.rantai.webhook;

import id.rantai.support.ApiTest;
import id.rantai.support.OnPostgres;

@ApiTest
@OnPostgres
class WebhookOnPostgresTest extends WebhookScenarios {}
