package id.rantai.eseal;

import id.rantai.support.ApiTest;

@ApiTest
class SkpOnH2Test extends SkpScenarios {}
