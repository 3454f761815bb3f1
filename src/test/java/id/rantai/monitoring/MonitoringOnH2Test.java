package id.rantai.monitoring;

import id.rantai.support.ApiTest;

@ApiTest
class MonitoringOnH2Test extends MonitoringScenarios {}
