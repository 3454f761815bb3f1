package id.rantai.eseal;

import id.rantai.support.ApiTest;
import id.rantai.support.OnPostgres;

@ApiTest
@OnPostgres
class TripLifecycleOnPostgresTest extends TripLifecycleScenarios {}
