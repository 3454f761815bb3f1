package id.rantai.shared.web;

import id.rantai.support.ApiTest;
import id.rantai.support.OnPostgres;

@ApiTest
@OnPostgres
class GeneratedBadInputOnPostgresTest extends GeneratedBadInputScenarios {}
