package id.rantai.certification;

import id.rantai.support.ApiTest;

@ApiTest
class CertificationOnH2Test extends CertificationScenarios {}
