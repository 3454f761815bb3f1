package id.rantai.eseal;

import id.rantai.support.ApiTest;

@ApiTest
class TenancyOnH2Test extends TenancyScenarios {}
