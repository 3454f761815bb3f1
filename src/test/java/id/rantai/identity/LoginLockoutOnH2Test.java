package id.rantai.identity;

import id.rantai.support.ApiTest;

@ApiTest
class LoginLockoutOnH2Test extends LoginLockoutScenarios {}
