package id.rantai.certification;

import id.rantai.support.ApiTest;
import id.rantai.support.OnPostgres;

@ApiTest
@OnPostgres
class CertificationOnPostgresTest extends CertificationScenarios {}
