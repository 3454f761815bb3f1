package id.rantai.aeo;

import id.rantai.support.ApiTest;

@ApiTest
class AeoOnH2Test extends AeoScenarios {}
