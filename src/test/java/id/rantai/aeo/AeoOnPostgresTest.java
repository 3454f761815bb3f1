package id.rantai.aeo;

import id.rantai.support.ApiTest;
import id.rantai.support.OnPostgres;

@ApiTest
@OnPostgres
class AeoOnPostgresTest extends AeoScenarios {}
