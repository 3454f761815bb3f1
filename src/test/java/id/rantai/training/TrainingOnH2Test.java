package id.rantai.training;

import id.rantai.support.ApiTest;

@ApiTest
class TrainingOnH2Test extends TrainingScenarios {}
