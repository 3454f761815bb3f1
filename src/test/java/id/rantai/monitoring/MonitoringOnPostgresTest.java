package id.rantai.monitoring;

import id.rantai.support.ApiTest;
import id.rantai.support.OnPostgres;

@ApiTest
@OnPostgres
class MonitoringOnPostgresTest extends MonitoringScenarios {}
