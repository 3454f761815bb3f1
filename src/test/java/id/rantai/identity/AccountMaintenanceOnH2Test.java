package id.rantai.identity;

import id.rantai.support.ApiTest;

@ApiTest
class AccountMaintenanceOnH2Test extends AccountMaintenanceScenarios {}
