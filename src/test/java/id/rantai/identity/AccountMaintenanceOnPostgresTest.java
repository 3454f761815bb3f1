package id.rantai.identity;

import id.rantai.support.ApiTest;
import id.rantai.support.OnPostgres;

@ApiTest
@OnPostgres
class AccountMaintenanceOnPostgresTest extends AccountMaintenanceScenarios {}
