package id.rantai.training;

import id.rantai.support.ApiTest;
import id.rantai.support.OnPostgres;

@ApiTest
@OnPostgres
class TrainingOnPostgresTest extends TrainingScenarios {}
