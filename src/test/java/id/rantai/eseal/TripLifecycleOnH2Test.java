package id.rantai.eseal;

import id.rantai.support.ApiTest;

@ApiTest
class TripLifecycleOnH2Test extends TripLifecycleScenarios {}
