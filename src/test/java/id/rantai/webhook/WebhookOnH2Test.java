package id.rantai.webhook;

import id.rantai.support.ApiTest;

@ApiTest
class WebhookOnH2Test extends WebhookScenarios {}
