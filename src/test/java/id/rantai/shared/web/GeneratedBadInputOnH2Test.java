package id.rantai.shared.web;

import id.rantai.support.ApiTest;

@ApiTest
class GeneratedBadInputOnH2Test extends GeneratedBadInputScenarios {}
